package org.doorstep.exercise;

/** What the trainee decides for a connection; "later" means not yet reviewed. */
public enum Decision {
    KEEP, WEAK_TIE, REACH_OUT, REMOVE, LATER;

    public boolean reviewed() {
        return this != LATER;
    }
}
