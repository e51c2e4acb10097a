package org.doorstep.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one rule for usernames, wherever an account is created: registration or an administrator. */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    public static final int MAX_DISPLAY_NAME = 100;

    private Usernames() {
    }

    /** As stored: trimmed and lower-case, so one unique constraint covers every spelling. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** 3 to 40 characters of letters, digits, dot, dash or underscore, starting with a letter or digit. */
    public static boolean isValid(String normalised) {
        return VALID.matcher(normalised).matches();
    }

    /** A display name trimmed; empty when missing. */
    public static String cleanDisplayName(String displayName) {
        return displayName == null ? "" : displayName.strip();
    }

    public static boolean isValidDisplayName(String cleaned) {
        return !cleaned.isEmpty() && cleaned.length() <= MAX_DISPLAY_NAME;
    }
}
