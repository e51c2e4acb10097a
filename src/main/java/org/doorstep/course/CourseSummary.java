package org.doorstep.course;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A course in the catalogue: its title and number of lessons as published (as drafted when never published), its
 * latest version (0 and no date when none), whether anything is drafted, and whether it is retired.
 */
public record CourseSummary(String slug, String title, int lessons, int version, @Nullable Instant publishedAt,
        boolean drafts, boolean retired, @Nullable String copiedFrom) {

    public boolean published() {
        return version > 0;
    }
}
