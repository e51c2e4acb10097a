package org.doorstep;

import java.util.UUID;
import org.doorstep.security.AccountService;
import org.doorstep.security.Registration;
import org.springframework.jdbc.core.JdbcTemplate;

/** A cohort of its own for a test: a new trainer, a new join code, trainees registered with it. */
public final class CohortFixture {

    public final String trainer;
    public final String joinCode;
    public final long cohortId;
    private final AccountService accounts;

    public CohortFixture(JdbcTemplate jdbc, AccountService accounts) {
        this.accounts = accounts;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.trainer = "coach-" + suffix;
        this.joinCode = "T" + suffix.toUpperCase();
        long organisation = jdbc.queryForObject("select id from organisation order by id limit 1", Long.class);
        long trainerId = jdbc.queryForObject("insert into app_user (username, display_name, password_hash, organisation_id) "
                + "values (?, 'Cora Coach', 'not-for-sign-in', ?) returning id", Long.class, trainer, organisation);
        jdbc.update("insert into user_role (user_id, role) values (?, 'TRAINER')", trainerId);
        this.cohortId = jdbc.queryForObject("insert into cohort (organisation_id, name, join_code, trainer_id) "
                + "values (?, ?, ?, ?) returning id", Long.class, organisation, "Cohort " + suffix, joinCode, trainerId);
    }

    /** Registers a trainee into this cohort and returns the username. */
    public String trainee(String displayName) {
        String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.registerTrainee(new Registration(displayName, username, "a kettle, a doorbell and a cup", joinCode));
        return username;
    }
}
