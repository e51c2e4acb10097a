package org.doorstep.results;

import java.time.LocalDate;

/**
 * One dated set of figures read from LinkedIn. Only profile views are required; the SSI pillars
 * (0–25 each) are all given or all left out.
 */
public record Snapshot(Long id, LocalDate takenOn, boolean baseline, Integer profileViews, Integer searchAppearances,
        Integer postImpressions, Integer followers, Integer connectionCount, Integer ssiBrand, Integer ssiPeople,
        Integer ssiInsights, Integer ssiRelationships) {

    public Integer ssiTotal() {
        return ssiBrand == null ? null : ssiBrand + ssiPeople + ssiInsights + ssiRelationships;
    }

    public Integer value(Metric metric) {
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
