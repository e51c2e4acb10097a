package org.doorstep.exercise;

/**
 * Counts only, never names: what results, workshop and reports may read of a trainee's exercise.
 * Connections before pruning: every one ever imported; after: those neither gone nor ticked as removed.
 */
public record ExerciseSummary(int total, int reviewed, int keep, int weakTie, int reachOut, int remove,
        int removedOnLinkedIn, int goneSinceLastImport, int connectionsBefore, int connectionsAfter) {

    public static final ExerciseSummary NONE = new ExerciseSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
