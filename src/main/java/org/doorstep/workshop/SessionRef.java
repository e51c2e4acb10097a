package org.doorstep.workshop;

import java.time.Instant;

/** A workshop session as lists show it. */
public record SessionRef(long id, String code, long cohortId, String cohortName, String lessonSlug,
        String lessonTitle, Instant startsAt, SessionState state, int attendees) {
}
