package org.doorstep.admin;

import org.jspecify.annotations.Nullable;

/**
 * A cohort with its organisation, join code, trainer (null when none) and number of trainees; whether people of
 * every organisation may join it (not only its own); the slug of the course it takes.
 */
public record CohortRow(long id, String name, long organisationId, String organisation, String joinCode,
        @Nullable Long trainerId, @Nullable String trainer, int members, boolean openToAll, String courseSlug) {
}
