package org.doorstep.workshop;

/**
 * A session is scheduled, then live from the trainer's first presenting, then ended for good; a scheduled
 * one may instead be cancelled, which is as final as the end.
 */
public enum SessionState {
    SCHEDULED, LIVE, ENDED, CANCELLED;

    /** Ended or cancelled: nobody presents, joins or answers any more. */
    public boolean over() {
        return this == ENDED || this == CANCELLED;
    }
}
