package org.doorstep.workshop;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.doorstep.base.Formats;

/**
 * A session's times as people read them: always in the session's own zone and naming it, because a room
 * may sit in another zone than the server or the trainer.
 */
public final class SessionTimes {

    private SessionTimes() {
    }

    /** "10 Dec 2026, 14:00 (Europe/London)", as every workshop screen shows a time (British English, 24 hours). */
    public static String onScreen(Instant at, ZoneId zone) {
        return Formats.british(zone).scheduled(at, zone);
    }

    /** "Thursday, 10 December 2026, 14:00–15:00 (Europe/London)", for mail in the reader's language. */
    public static String inMail(Instant start, int minutes, ZoneId zone, Locale locale) {
        ZonedDateTime from = start.atZone(zone);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        return day.format(from) + ", " + time.format(from) + "–" + time.format(from.plusMinutes(minutes))
                + " (" + zone.getId() + ")";
    }
}
