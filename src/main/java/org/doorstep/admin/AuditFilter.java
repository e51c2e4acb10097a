package org.doorstep.admin;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to show: one action (null for any), text in the actor's or subject's username (empty
 * for any), and a range of days, each end included (null for open).
 */
public record AuditFilter(@Nullable String action, String text, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, "", null, null);
}
