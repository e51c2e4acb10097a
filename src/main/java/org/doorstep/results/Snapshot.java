package org.doorstep.results;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated set of figures read from LinkedIn. Only profile views are required; the SSI pillars
 * (0–25 each) are all given or all left out.
 */
public record Snapshot(@Nullable Long id, LocalDate takenOn, boolean baseline, Integer profileViews,
        @Nullable Integer searchAppearances, @Nullable Integer postImpressions, @Nullable Integer followers,
        @Nullable Integer connectionCount, @Nullable Integer ssiBrand, @Nullable Integer ssiPeople,
        @Nullable Integer ssiInsights, @Nullable Integer ssiRelationships) {

    public @Nullable Integer ssiTotal() {
        // All four or none (the form and a check constraint say so); a partial set has no total.
        return ssiBrand == null || ssiPeople == null || ssiInsights == null || ssiRelationships == null ? null
                : ssiBrand + ssiPeople + ssiInsights + ssiRelationships;
    }

    public @Nullable Integer value(Metric metric) {
        return switch (metric) {
            case PROFILE_VIEWS -> profileViews;
            case SEARCH_APPEARANCES -> searchAppearances;
            case POST_IMPRESSIONS -> postImpressions;
            case FOLLOWERS -> followers;
            case CONNECTIONS -> connectionCount;
            case SSI -> ssiTotal();
        };
    }
}
