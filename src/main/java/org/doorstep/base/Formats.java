package org.doorstep.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How Doorstep writes dates and times for one reader, the same on every screen and in every printed download: in
 * their locale's own style (en-GB: "4 Dec 2026", "15:00", a 24-hour clock) and, for instants, in their time zone.
 * Days are spelled with the month's name so that nobody reads 04/12 as April; date pickers show the locale's
 * numeric form (04/12/2026). CSV downloads keep ISO dates (2026-12-04) for machines.
 */
public final class Formats {

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter preciseMoment;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        this.preciseMoment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    }

    /** British English in the given zone: for readers Doorstep knows nothing else of (mail to a new address). */
    public static Formats british(ZoneId zone) {
        return new Formats(Locale.UK, zone);
    }

    public Locale locale() {
        return locale;
    }

    /** The zone instants are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** "4 Dec 2026"; a plain date has no zone. Empty for none. */
    public String day(@Nullable LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    /** "4 Dec 2026", the day the instant falls on in the reader's zone. */
    public String day(@Nullable Instant instant) {
        return instant == null ? "" : day.format(instant.atZone(zone));
    }

    /** "15:00". */
    public String time(@Nullable Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    /** "4 Dec 2026, 15:00". */
    public String moment(@Nullable Instant instant) {
        return instant == null ? "" : moment.format(instant);
    }

    /** "4 Dec 2026, 15:00:07", where the order within a minute matters (logs). */
    public String preciseMoment(@Nullable Instant instant) {
        return instant == null ? "" : preciseMoment.format(instant);
    }

    /**
     * "4 Dec 2026, 15:00 (Europe/London)": a scheduled time in the zone it was planned in, naming the zone, because a
     * room may sit in another zone than its reader.
     */
    public String scheduled(@Nullable Instant at, ZoneId plannedIn) {
        return at == null ? "" : moment.withZone(plannedIn).format(at) + " (" + plannedIn.getId() + ")";
    }
}
