package org.doorstep.exercise.internal;

/** The two shapes of Connections.csv that LinkedIn has handed out. */
public enum ExportFormat {
    /** Since about 2023: a "Notes:" preamble and a URL column, so each row has a stable profile address. */
    CURRENT,
    /** Older exports: no preamble and no URL column; rows can only be matched by name. */
    LEGACY
}
