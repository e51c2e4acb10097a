package org.doorstep.exercise;

/** Counts only, never names: what results, workshop and reports may read of a trainee's exercise. */
public record ExerciseSummary(int total, int reviewed, int keep, int weakTie, int reachOut, int remove,
        int removedOnLinkedIn, int goneSinceLastImport) {
}
