package org.doorstep.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.doorstep.base.JoinCodes;
import org.doorstep.base.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Organisations, their teams and cohorts, and who is in a cohort, as the security feature writes them. */
@Component
public class OrganisationStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration codeLifetime;

    OrganisationStore(JdbcClient jdbc, Clock clock, @Value("${doorstep.join-codes.lifetime}") Duration codeLifetime) {
        this.clock = clock;
        this.codeLifetime = codeLifetime;
        this.jdbc = jdbc;
    }

    public Optional<String> organisationName(long id) {
        return jdbc.sql("select name from organisation where id = ?").param(id).query(String.class).optional();
    }

    /** {@code except}: the organisation being renamed, or null for a new one. */
    public boolean organisationNameTaken(String name, @Nullable Long except) {
        return jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(?) and id is distinct from ?)")
                .param(name).param(except).query(Boolean.class).single();
    }

    /** The oldest organisation, where a first administrator belongs. */
    public Optional<Long> firstOrganisation() {
        return jdbc.sql("select id from organisation order by id limit 1").query(Long.class).optional();
    }

    public long insertOrganisation(String name) {
        return jdbc.sql("insert into organisation (name) values (?) returning id").param(name).query(Long.class).single();
    }

    public void renameOrganisation(long id, String name) {
        jdbc.sql("update organisation set name = ? where id = ?").params(name, id).update();
    }

    /** The organisation of a team, when it exists. */
    public Optional<Long> teamOrganisation(long teamId) {
        return jdbc.sql("select organisation_id from team where id = ?").param(teamId).query(Long.class).optional();
    }

    /** {@code except}: the team being renamed, or null for a new one. */
    public boolean teamNameTaken(long organisationId, String name, @Nullable Long except) {
        return jdbc.sql("select exists (select 1 from team where organisation_id = ? and lower(name) = lower(?) and id is distinct from ?)")
                .param(organisationId).param(name).param(except).query(Boolean.class).single();
    }

    public long insertTeam(long organisationId, String name) {
        return jdbc.sql("insert into team (organisation_id, name) values (?, ?) returning id").params(organisationId, name)
                .query(Long.class).single();
    }

    public void renameTeam(long id, String name) {
        jdbc.sql("update team set name = ? where id = ?").params(name, id).update();
    }

    public boolean cohortExists(long id) {
        return jdbc.sql("select exists (select 1 from cohort where id = ?)").param(id).query(Boolean.class).single();
    }

    /** A new cohort with a fresh code of a cohort's length (longer than a workshop session's, so they never collide). */
    public CohortCreated insertCohort(long organisationId, String name, @Nullable Long trainerId) {
        String code = freeCohortCode();
        long id = jdbc.sql("""
                insert into cohort (organisation_id, name, join_code, trainer_id, join_code_expires_at)
                values (?, ?, ?, ?, ?) returning id""")
                .param(organisationId).param(name).param(code).param(trainerId).param(Timestamp.from(clock.instant().plus(codeLifetime)))
                .query(Long.class).single();
        return new CohortCreated(id, code);
    }

    private String freeCohortCode() {
        String code;
        do {
            code = JoinCodes.next(JoinCodes.COHORT_LENGTH);
        } while (jdbc.sql("select exists (select 1 from cohort where join_code = ?)").param(code).query(Boolean.class).single());
        return code;
    }

    public record CohortCreated(long id, String joinCode) {
    }

    public void setTrainer(long cohortId, Long trainerId) {
        jdbc.sql("update cohort set trainer_id = ? where id = ?").params(trainerId, cohortId).update();
    }

    /** A cohort of the person's own organisation, or one open to every organisation. */
    public boolean mayJoin(long cohortId, long userId) {
        return jdbc.sql("""
                select exists (select 1 from cohort c join app_user u on u.id = ?
                                where c.id = ? and (c.open_to_all or c.organisation_id = u.organisation_id))""")
                .params(userId, cohortId).query(Boolean.class).single();
    }

    /** A new join code for a cohort, working for the codes' lifetime from now; the old one stops at once. */
    public String newJoinCode(long cohortId) {
        String code = freeCohortCode();
        jdbc.sql("update cohort set join_code = ?, join_code_expires_at = ? where id = ?")
                .params(code, Timestamp.from(clock.instant().plus(codeLifetime)), cohortId).update();
        return code;
    }

    public void setOpenToAll(long cohortId, boolean open) {
        jdbc.sql("update cohort set open_to_all = ? where id = ?").params(open, cohortId).update();
    }

    /** Gives the cohort a course that is not retired; false when there is no such course. */
    public boolean setCourse(long cohortId, String courseSlug) {
        return jdbc.sql("update cohort set course_slug = ? where id = ? "
                        + "and exists (select 1 from course where slug = ? and retired_at is null)")
                .params(courseSlug, cohortId, courseSlug).update() > 0;
    }

    /** True when this call added them, false when they were in already. */
    public boolean addCohortMember(long cohortId, long userId) {
        return jdbc.sql("insert into cohort_member (cohort_id, user_id) values (?, ?) on conflict do nothing")
                .params(cohortId, userId).update() == 1;
    }

    public boolean isActiveTrainer(long userId) {
        return jdbc.sql("""
                select exists (select 1 from app_user u join user_role r on r.user_id = u.id and r.role = ?
                                where u.id = ? and u.enabled)""")
                .params(Roles.TRAINER, userId).query(Boolean.class).single();
    }
}
