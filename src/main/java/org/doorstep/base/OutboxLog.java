package org.doorstep.base;

import java.util.List;
import java.util.Optional;
import org.doorstep.base.internal.OutboxStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as administrators read it: every mail, newest first, and one mail's plain text. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class OutboxLog {

    private final OutboxStore store;
    private final Outbox outbox;

    OutboxLog(OutboxStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    /** Whether an SMTP server is configured; without one, mail stays queued. */
    public boolean deliveryConfigured() {
        return outbox.deliveryConfigured();
    }

    @Transactional(readOnly = true)
    public List<OutboxEntry> entries(int offset, int limit) {
        return store.page(offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return store.count();
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMail> mail(long id) {
        return store.open(id);
    }
}
