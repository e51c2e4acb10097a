package org.doorstep.base;

import java.util.Locale;

/** Typed filter text as an ILIKE pattern matching it anywhere, its own % and _ taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    public static String containing(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
