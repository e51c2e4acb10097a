package org.doorstep.exercise;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One of the trainee's connections, as the triage and the plan show it. */
public record ConnectionRow(long id, String firstName, String lastName, String profileUrl, String company,
        String position, @Nullable LocalDate connectedOn, Set<Criterion> criteria, boolean spokenSuggested,
        @Nullable Decision decision, String note, boolean removedOnLinkedIn, @Nullable LocalDate reachOutDue, boolean gone,
        ConnectionEvidence evidence) {

    public ConnectionRow {
        criteria = criteria.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(criteria));
        evidence = evidence == null ? ConnectionEvidence.NONE : evidence;
    }

    /** A row without evidence (no messages, no invitation, no burst), as before the evidence existed. */
    public ConnectionRow(long id, String firstName, String lastName, String profileUrl, String company, String position,
            LocalDate connectedOn, Set<Criterion> criteria, boolean spokenSuggested, Decision decision, String note,
            boolean removedOnLinkedIn, LocalDate reachOutDue, boolean gone) {
        this(id, firstName, lastName, profileUrl, company, position, connectedOn, criteria, spokenSuggested, decision,
                note, removedOnLinkedIn, reachOutDue, gone, ConnectionEvidence.NONE);
    }

    public String name() {
        return (firstName + " " + lastName).strip();
    }

    public boolean meets(Criterion criterion) {
        return criteria.contains(criterion);
    }

    /** Neither company nor position: a closed or hidden profile, often. */
    public boolean noCompanyOrPosition() {
        return (company == null || company.isBlank()) && (position == null || position.isBlank());
    }

    /**
     * How likely a stranger, from the export alone: one point each for never messaged, they invited you without a
     * note, connected in a burst week, no company or position (the same rule as the stranger_score column, V019).
     */
    public int strangerScore() {
        return (evidence.neverMessaged() ? 1 : 0) + (evidence.invitedYouWithoutNote() ? 1 : 0)
                + (evidence.inBurstWeek() ? 1 : 0) + (noCompanyOrPosition() ? 1 : 0);
    }

    public Suggestion suggestion() {
        return Suggestion.of(criteria.size());
    }
}
