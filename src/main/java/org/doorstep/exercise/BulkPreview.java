package org.doorstep.exercise;

/**
 * What a bulk decision would do, stated before it is made: how many connections the selection holds, and how
 * many of them were decided one by one otherwise (kept as they are unless the trainee overrides).
 */
public record BulkPreview(int matching, int decidedOneByOne) {

    /** How many would get the decision: all of them with the override, otherwise all but those decided one by one. */
    public int toDecide(boolean overrideOneByOne) {
        return overrideOneByOne ? matching : matching - decidedOneByOne;
    }
}
