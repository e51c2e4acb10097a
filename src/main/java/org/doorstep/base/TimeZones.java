package org.doorstep.base;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time zones Doorstep offers, for a workshop session and for a person's own setting: the regions people know
 * ("Europe/London"), those of them for which ical4j carries the VTIMEZONE a calendar needs, and the organisation's
 * default (doorstep.time-zone, Europe/London), which everyone without a zone of their own reads times in.
 */
@Component
public class TimeZones {

    // Region names only: not the old "SystemV/EST5" or "GMT+3" kind, nor ical4j's own generated ids.
    private static final Pattern REGION = Pattern.compile(
            "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_\\-/]+|UTC");

    private final ZoneId defaultZone;
    private volatile @Nullable List<String> choices;

    TimeZones(@Value("${doorstep.time-zone:Europe/London}") String configured) {
        this.defaultZone = parse(configured).orElseThrow(() -> new IllegalStateException(
                "doorstep.time-zone (DOORSTEP_TIME_ZONE) is not a time zone Doorstep can put in a calendar: " + configured));
    }

    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** Every zone a trainer or a person may choose, sorted; worked out once. */
    public List<String> choices() {
        List<String> known = choices;
        if (known == null) {
            known = ZoneId.getAvailableZoneIds().stream().filter(id -> REGION.matcher(id).matches())
                    .filter(TimeZones::inCalendarData).sorted().toList();
            choices = known;
        }
        return known;
    }

    /** The zone of that name when a calendar can carry it. */
    public Optional<ZoneId> parse(@Nullable String id) {
        if (id == null || !REGION.matcher(id.strip()).matches() || !inCalendarData(id.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** ical4j ships one VTIMEZONE file per zone; a zone newer than its data has none (America/Coyhaique, 2025). */
    private static boolean inCalendarData(String id) {
        return TimeZoneRegistry.class.getClassLoader().getResource("zoneinfo/" + id + ".ics") != null;
    }
}
