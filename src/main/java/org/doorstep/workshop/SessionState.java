package org.doorstep.workshop;

/** A session is scheduled, then live from the trainer's first presenting, then ended for good. */
public enum SessionState { SCHEDULED, LIVE, ENDED }
