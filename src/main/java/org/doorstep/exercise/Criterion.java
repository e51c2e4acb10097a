package org.doorstep.exercise;

/** The article's four criteria, in its order. */
public enum Criterion {
    SPOKEN, UNDERSTANDS, CAN_HELP_THEM, THEY_CAN_HELP
}
