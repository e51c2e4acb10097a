package org.doorstep.base;

import java.util.List;

/** The four roles; the names match the ROLE_ authorities Spring Security checks. */
public final class Roles {
    public static final String TRAINEE = "TRAINEE";
    public static final String TRAINER = "TRAINER";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(TRAINEE, TRAINER, MANAGER, ADMIN);

    private Roles() {
    }
}
