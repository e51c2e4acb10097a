package org.doorstep.base;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How Doorstep writes dates for people, the same on every screen and in every download. */
public final class Formats {

    /** "26 Nov 2026". Instants are read as days in UTC, the application clock's zone. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }
}
