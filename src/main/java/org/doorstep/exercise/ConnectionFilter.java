package org.doorstep.exercise;

/** What the triage list shows; null or blank parts do not filter. */
public record ConnectionFilter(boolean undecidedOnly, Decision decision, String company, String position,
        Integer year, String name, boolean oldestFirst) {

    public static final ConnectionFilter ALL = new ConnectionFilter(false, null, null, null, null, null, false);
}
