package org.doorstep.exercise;

/**
 * The verdict the criteria suggest: all four, keep; some context, keep as a weak tie or reach out
 * (Rajkumar et al. 2022: moderately weak ties matter); none, a stranger to remove.
 */
public enum Suggestion {
    KEEP, WEAK_TIE_OR_REACH_OUT, REMOVE;

    public static Suggestion of(int criteriaMet) {
        return criteriaMet >= 4 ? KEEP : criteriaMet == 0 ? REMOVE : WEAK_TIE_OR_REACH_OUT;
    }
}
