package org.doorstep.admin.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes audit entries for every feature (see AuditTrail for when it joins the caller's transaction). */
@Component
class AuditRecorder implements AuditTrail {

    static final String NOBODY = "anonymous";
    private static final int MAX_DETAILS = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditRecorder(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(String action, @Nullable Long subjectUserId, String details) {
        boolean callerWrites = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (callerWrites) {
            insert(action, subjectUserId, details);
        } else {
            ownTransaction.executeWithoutResult(status -> insert(action, subjectUserId, details));
        }
    }

    @Override
    public String team(long teamId) {
        return named("team", jdbc.sql("select name from team where id = ?").param(teamId).query(String.class).optional()
                .orElse("(deleted)"), teamId);
    }

    @Override
    public String cohort(long cohortId) {
        return named("cohort", jdbc.sql("select name from cohort where id = ?").param(cohortId).query(String.class)
                .optional().orElse("(deleted)"), cohortId);
    }

    private static String named(String kind, String name, long id) {
        return kind + " " + name + " (#" + id + ")";
    }

    private void insert(String action, @Nullable Long subjectUserId, String details) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedInUser actor = authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
        String text = details == null ? "" : details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) + "…" : details;
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, actor_username, action, subject_user_id, subject_username, details)
                values (?, ?, ?, ?, ?, (select username from app_user where id = ?), ?)""")
                .param(Timestamp.from(clock.instant())).param(actor == null ? null : actor.id())
                .param(actor == null ? NOBODY : actor.getUsername()).param(action).param(subjectUserId)
                .param(subjectUserId).param(text)
                .update();
    }
}
