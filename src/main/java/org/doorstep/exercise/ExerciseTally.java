package org.doorstep.exercise;

/**
 * Counts only, never names: what a manager's report shows of one trainee's exercise. Connections are
 * those not gone from LinkedIn; reviewed are those of them decided (anything but "later"); removed are
 * those decided "remove" and ticked as removed on LinkedIn or gone since.
 */
public record ExerciseTally(int connections, int reviewed, int removedOnLinkedIn) {

    public static final ExerciseTally NONE = new ExerciseTally(0, 0, 0);
}
