package org.doorstep.security;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The one rule for e-mail addresses people give Doorstep: one plain address, as Jakarta Mail parses it strictly. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /** As stored: trimmed; uniqueness ignores case, so the spelling stays as the person typed it. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip();
    }

    /** A bare address (no display name, no list) with a dotted domain, at most 254 characters. */
    public static boolean isValid(String normalised) {
        if (normalised.isEmpty() || normalised.length() > MAX_LENGTH) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(normalised, true);
            parsed.validate();
            String address = parsed.getAddress();
            int at = address.lastIndexOf('@');
            return address.equals(normalised) && at > 0 && address.indexOf('.', at) > at + 1 && !address.endsWith(".");
        } catch (AddressException refused) {
            return false;
        }
    }
}
