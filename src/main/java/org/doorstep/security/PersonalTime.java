package org.doorstep.security;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.doorstep.base.Formats;
import org.doorstep.base.SignedInUser;
import org.doorstep.base.TimeZones;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that knows how the signed-in person reads times: their language and their time zone (their own
 * choice, else the organisation's default). Views ask it once as they open, so a change applies on the next view.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PersonalTime {

    private record Reading(String language, String zone) {
    }

    private final JdbcClient jdbc;
    private final TimeZones zones;

    PersonalTime(JdbcClient jdbc, TimeZones zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    /** Dates and times as the signed-in person reads them. */
    @Transactional(readOnly = true)
    public Formats formats() {
        Reading mine = reading();
        return new Formats(MailRecipients.localeOf(mine.language()), zoneOf(mine.zone()));
    }

    /** The zone the signed-in person reads times in. */
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return zoneOf(reading().zone());
    }

    /** The zone the person chose themselves; empty when they follow the organisation's default. */
    @Transactional(readOnly = true)
    public Optional<ZoneId> ownZone() {
        return Optional.ofNullable(reading().zone()).flatMap(zones::parse);
    }

    public ZoneId organisationZone() {
        return zones.defaultZone();
    }

    public List<String> zoneChoices() {
        return zones.choices();
    }

    /** Keeps the person's own zone, or none (null or blank: the organisation's default). */
    @Transactional
    public void chooseZone(@Nullable String id) {
        String chosen = id == null || id.isBlank() ? null
                : zones.parse(id).orElseThrow(() -> new IllegalArgumentException("Not a time zone Doorstep offers: " + id)).getId();
        jdbc.sql("update app_user set time_zone = ? where id = ?").param(chosen).param(SignedInUser.currentId()).update();
    }

    private Reading reading() {
        return jdbc.sql("select language, time_zone from app_user where id = ?").param(SignedInUser.currentId())
                .query((rs, n) -> new Reading(rs.getString(1), rs.getString(2))).single();
    }

    /** A zone stored before it left the list (a newer JDK, older ical4j data) falls back to the default. */
    private ZoneId zoneOf(String stored) {
        return Optional.ofNullable(stored).flatMap(zones::parse).orElse(zones.defaultZone());
    }
}
