package org.doorstep.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small exports written on the fly for service and view tests (the parser has its own fixtures). */
public final class ExportFiles {

    public static final String PREAMBLE = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            """;

    private ExportFiles() {
    }

    public static String row(String first, String last, String slug, String company, String date) {
        return first + "," + last + ",https://www.linkedin.com/in/" + slug + ",," + company + ",Manager," + date + "\n";
    }

    public static Path write(String content) {
        try {
            Path file = Files.createTempFile("export", ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three people, current format. */
    public static Path three() {
        return write(PREAMBLE
                + row("Omar", "Dubois", "omar-dubois-1", "Halcyon Health", "07 Jan 2020")
                + row("Siobhán", "Ní Bhriain", "siobhan-2", "\"Pinnacle Print, Inc.\"", "02 Jan 2021")
                + row("李", "伟", "li-wei-3", "Kestrel Energy", "13 Jul 2016"));
    }
}
