package org.doorstep.security;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The one rule for account e-mail addresses: a bare address as Jakarta Mail parses it strictly (RFC 822). */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /** As stored: trimmed; empty when missing. Uniqueness ignores case (the database index is on lower(email)). */
    public static String clean(@Nullable String email) {
        return email == null ? "" : email.strip();
    }

    /** A single plain address with a domain that has a dot, such as name@example.com. */
    public static boolean isValid(String cleaned) {
        if (cleaned.isEmpty() || cleaned.length() > MAX_LENGTH) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(cleaned, true);
            parsed.validate();
            String domain = cleaned.substring(cleaned.lastIndexOf('@') + 1);
            // A name with the address ("Ann <ann@x.org>") parses too; only the bare address is an address.
            return parsed.getPersonal() == null && parsed.getAddress().equals(cleaned) && domain.contains(".")
                    && !domain.startsWith(".") && !domain.endsWith(".");
        } catch (AddressException invalid) {
            return false;
        }
    }

    /** The address as an administrator may see it in a confirmation: "a…@example.com". */
    public static String masked(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1) {
            return "…";
        }
        return email.substring(0, 1) + "…" + email.substring(at).toLowerCase(Locale.ROOT);
    }
}
