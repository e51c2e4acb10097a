package org.doorstep.base;

import java.time.Instant;

/** A mail in the outbox as administrators list it: to whom, what, and what became of it (QUEUED, SENT, FAILED). */
public record OutboxEntry(long id, Instant createdAt, String recipient, String kind, String subject, String state,
        int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {

    public boolean sent() {
        return "SENT".equals(state);
    }
}
