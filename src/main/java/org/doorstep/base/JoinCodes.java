package org.doorstep.base;

import java.security.SecureRandom;
import java.util.Locale;

/** Short codes people read off a projector and type: no 0/O, 1/I/L or 5/S to mix up. */
public final class JoinCodes {

    /** A cohort's code: longer than a workshop session's 6 characters, so the two kinds never collide. */
    public static final int COHORT_LENGTH = 8;

    static final String ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String next(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As typed: case, spaces and dashes do not matter. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
