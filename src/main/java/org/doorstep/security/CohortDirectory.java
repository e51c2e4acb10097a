package org.doorstep.security;

import java.time.Instant;
import java.util.List;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Refusal;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.internal.OrganisationStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cohorts the signed-in trainer runs, and who is in them; nobody else's. */
@Service
@PreAuthorize("hasRole('TRAINER')")
public class CohortDirectory {

    /**
     * A cohort the signed-in trainer runs, with its join code; {@code codeExpiresAt}: the code lets nobody in from
     * then on ("New code" gives a fresh one).
     */
    public record TrainerCohort(long id, String name, String joinCode, int members, Instant codeExpiresAt,
            String courseSlug) {
    }

    /** A trainee in one of my cohorts. */
    public record CohortMember(long userId, String displayName) {
    }

    /** The longest cohort name, in characters (the same limit as every name the directory keeps). */
    public static final int MAX_COHORT_NAME = Directory.MAX_NAME;

    private final JdbcClient jdbc;
    private final OrganisationStore store;
    private final AuditTrail audit;

    CohortDirectory(JdbcClient jdbc, OrganisationStore store, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<TrainerCohort> cohortsIRun() {
        return jdbc.sql("""
                select c.id, c.name, c.join_code, (select count(*) from cohort_member m where m.cohort_id = c.id),
                       c.join_code_expires_at, c.course_slug
                  from cohort c where c.trainer_id = ? order by c.name""")
                .param(SignedInUser.currentId())
                .query((rs, n) -> new TrainerCohort(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    /** A new cohort run by me, in my organisation, with a fresh 8-character join code. */
    @Transactional
    public TrainerCohort createCohort(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_COHORT_NAME) {
            throw new Refusal("name", "cohort.name.invalid");
        }
        long me = SignedInUser.currentId();
        Long organisation = jdbc.sql("select organisation_id from app_user where id = ?").param(me)
                .query(Long.class).optional().orElseThrow(() -> new IllegalStateException("Trainer " + me + " has no organisation"));
        OrganisationStore.CohortCreated cohort = store.insertCohort(organisation, clean, me);
        audit.record(AuditTrail.COHORT_CHANGED, me, "Created cohort " + clean + " (join code " + cohort.joinCode() + "), trained by its creator");
        return cohortsIRun().stream().filter(mine -> mine.id() == cohort.id()).findFirst().orElseThrow();
    }

    /**
     * Gives one of my cohorts a new join code (for the codes' lifetime); the old one lets nobody in any more. Those
     * already in stay in; workshop session codes are not affected.
     */
    @Transactional
    public TrainerCohort newJoinCode(long cohortId) {
        TrainerCohort cohort = cohortsIRun().stream().filter(mine -> mine.id() == cohortId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Cohort " + cohortId + " is not run by you"));
        String code = store.newJoinCode(cohortId);
        audit.record(AuditTrail.COHORT_CHANGED, SignedInUser.currentId(), "New join code for cohort " + cohort.name()
                + " (the old one stopped working)");
        return cohortsIRun().stream().filter(mine -> mine.id() == cohortId && mine.joinCode().equals(code)).findFirst()
                .orElseThrow();
    }

    /** The trainees of one of my cohorts, by name; another trainer's cohort is refused. */
    @Transactional(readOnly = true)
    public List<CohortMember> membersOfMyCohort(long cohortId) {
        boolean mine = jdbc.sql("select exists (select 1 from cohort where id = ? and trainer_id = ?)")
                .params(cohortId, SignedInUser.currentId()).query(Boolean.class).single();
        if (!mine) {
            throw new AccessDeniedException("Cohort " + cohortId + " is not run by you");
        }
        return jdbc.sql("""
                select u.id, u.display_name from cohort_member m join app_user u on u.id = m.user_id
                 where m.cohort_id = ? and u.enabled order by u.display_name, u.id""")
                .param(cohortId).query((rs, n) -> new CohortMember(rs.getLong(1), rs.getString(2))).list();
    }

}
