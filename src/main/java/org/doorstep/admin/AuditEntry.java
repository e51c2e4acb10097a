package org.doorstep.admin;

import java.time.Instant;

/** One line of the audit log; names as they were written at the time. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subject, String details) {
}
