package org.doorstep.workshop;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A workshop session as lists show it; its start is shown in its own time zone.
 *
 * @param courseSlug the course of the session's lesson: its cohort's course when it was scheduled
 */
public record SessionRef(long id, String code, long cohortId, String cohortName, String courseSlug, String lessonSlug,
        String lessonTitle, Instant startsAt, ZoneId timeZone, int durationMinutes, SessionState state, int attendees) {

    /** "10 Dec 2026, 14:00 (Europe/London)". */
    public String startsAtText() {
        return SessionTimes.onScreen(startsAt, timeZone);
    }
}
