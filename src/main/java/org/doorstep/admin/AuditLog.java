package org.doorstep.admin;

import java.util.List;
import org.doorstep.admin.internal.AuditStore;
import org.doorstep.security.PersonalTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log as administrators read it; features write to it through base.AuditTrail. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditLog {

    private final AuditStore store;
    private final PersonalTime time;

    AuditLog(AuditStore store, PersonalTime time) {
        this.store = store;
        this.time = time;
    }

    /** Newest first; the filter's days are read in the reader's time zone, as the log shows them. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(AuditFilter filter, int offset, int limit) {
        return store.page(filter, time.zone(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return store.count(filter, time.zone());
    }

    /** The actions that occur in the log, for the filter. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return store.actions();
    }
}
