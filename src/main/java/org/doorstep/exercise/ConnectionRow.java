package org.doorstep.exercise;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** One of the trainee's connections, as the triage and the plan show it. */
public record ConnectionRow(long id, String firstName, String lastName, String profileUrl, String company,
        String position, LocalDate connectedOn, Set<Criterion> criteria, boolean spokenSuggested,
        Decision decision, String note, boolean removedOnLinkedIn, LocalDate reachOutDue, boolean gone) {

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
