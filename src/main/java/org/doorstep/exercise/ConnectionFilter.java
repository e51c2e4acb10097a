package org.doorstep.exercise;

import org.jspecify.annotations.Nullable;

/** What the triage list shows; null or blank parts do not filter. */
public record ConnectionFilter(boolean undecidedOnly, @Nullable Decision decision,
        @Nullable String company, @Nullable String position, @Nullable Integer year, @Nullable String name,
        boolean oldestFirst) {

    public static final ConnectionFilter ALL = new ConnectionFilter(false, null, null, null, null, null, false);
}
