package org.doorstep.admin;

/** Someone to choose in a list: a trainer for a cohort, say. */
public record PersonRef(long id, String username, String displayName) {
}
