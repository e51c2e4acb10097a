package org.doorstep.exercise.ui;

import java.util.Locale;

/** Java's charset names as Windows and Excel call them, for the import preview. */
final class EncodingNames {

    private EncodingNames() {
    }

    static String forPeople(String charset) {
        return switch (charset.toLowerCase(Locale.ROOT)) {
            case "windows-1252" -> "Windows-1252";
            case "utf-16le", "utf-16be" -> "UTF-16 (Unicode text)";
            default -> charset;
        };
    }
}
