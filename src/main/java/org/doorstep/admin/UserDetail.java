package org.doorstep.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One account as the administrator edits it: roles, the teams it is in and manages (ids, among the teams of
 * its organisation), the cohorts it is in or runs (by name, with the course each takes), whether it is the
 * administrator's own, and its e-mail address (null when none) with whether that was verified.
 */
public record UserDetail(long id, String username, String displayName, Set<String> roles, @Nullable Long organisationId,
        String organisation, boolean active, Instant createdAt, Set<Long> memberOf, Set<Long> managerOf,
        List<Cohort> cohorts, List<Cohort> cohortsRun, boolean yourself, @Nullable String email, boolean emailVerified) {

    /** A cohort's name and the slug of the course it takes. */
    public record Cohort(String name, String courseSlug) {
    }
}
