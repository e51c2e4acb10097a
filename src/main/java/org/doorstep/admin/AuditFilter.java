package org.doorstep.admin;

import java.time.LocalDate;

/**
 * Which audit entries to show: one action (null for any), text in the actor's or subject's username (empty
 * for any), and a range of days, each end included (null for open).
 */
public record AuditFilter(String action, String text, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, "", null, null);
}
