package org.doorstep.exercise;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One of the trainee's connections, as the triage and the plan show it. */
public record ConnectionRow(long id, String firstName, String lastName, @Nullable String profileUrl,
        @Nullable String company, @Nullable String position, @Nullable LocalDate connectedOn, Set<Criterion> criteria,
        boolean spokenSuggested, @Nullable Decision decision, @Nullable String note, boolean removedOnLinkedIn,
        @Nullable LocalDate reachOutDue, boolean gone) {

    public ConnectionRow {
        criteria = criteria.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(criteria));
    }

    public String name() {
        return (firstName + " " + lastName).strip();
    }

    public boolean meets(Criterion criterion) {
        return criteria.contains(criterion);
    }

    public Suggestion suggestion() {
        return Suggestion.of(criteria.size());
    }
}
