package org.doorstep.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail in the outbox as administrators list it: to whom, what, and what became of it (QUEUED, SENT, FAILED). */
public record OutboxEntry(long id, Instant createdAt, String recipient, String kind, String subject, String state,
        int attempts, @Nullable Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError) {

    public boolean sent() {
        return "SENT".equals(state);
    }
}
