package org.doorstep.exercise;

import java.time.Instant;

/**
 * A bulk decision made: how many connections now hold the decision, and how many decided one by one kept theirs.
 */
public record BulkAction(long id, Decision decision, int decided, int keptOneByOne, Instant madeAt) {
}
