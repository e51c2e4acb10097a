package org.doorstep.base;

import java.util.List;

/** The four roles; the names match the ROLE_ authorities Spring Security checks. */
public final class Roles {
    public static final String TRAINEE = "TRAINEE";
    public static final String TRAINER = "TRAINER";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(TRAINEE, TRAINER, MANAGER, ADMIN);

    /**
     * A permission, not a role: publishing course content. Stored beside the roles for trainers granted it;
     * administrators always hold it. Checked as the plain authority of the same name (no ROLE_ prefix).
     */
    public static final String CONTENT_EDITOR = "CONTENT_EDITOR";

    private Roles() {
    }
}
