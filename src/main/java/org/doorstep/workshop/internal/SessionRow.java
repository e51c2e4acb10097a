package org.doorstep.workshop.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.doorstep.workshop.SessionState;
import org.jspecify.annotations.Nullable;

/** A workshop_session row with its cohort's and trainer's names, how many joined, and the course its cohort takes. */
public record SessionRow(long id, String code, long cohortId, String cohortName, @Nullable Long trainerId, String lessonSlug,
        Instant startsAt, SessionState state, int currentStep, boolean selfPaced, @Nullable Instant endedAt, int attendees,
        ZoneId timeZone, int durationMinutes, UUID calendarUid, int calendarSequence, @Nullable String trainerName,
        String courseSlug) {
}
