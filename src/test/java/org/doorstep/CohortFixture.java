package org.doorstep;

import java.util.UUID;
import org.doorstep.security.AccountService;
import org.doorstep.security.TraineeSignUp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A cohort of its own for a test: a new trainer, a new join code, trainees registered with it. */
public final class CohortFixture {

    public final String trainer;
    public final String joinCode;
    public final long cohortId;
    /** What {@link #trainerCanSignIn} gives the trainer, for journeys through the login form. */
    public static final String TRAINER_PASSWORD = "a lantern, a ladder and a lock";

    private final AccountService accounts;
    private final JdbcTemplate jdbc;

    public CohortFixture(JdbcTemplate jdbc, AccountService accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
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

    /** The fixture's trainer cannot sign in until given a real password hash; a journey through the login form needs one. */
    public CohortFixture trainerCanSignIn(PasswordEncoder encoder) {
        jdbc.update("update app_user set password_hash = ? where username = ?", encoder.encode(TRAINER_PASSWORD), trainer);
        return this;
    }

    /** Registers a trainee into this cohort and returns the username. */
    public String trainee(String displayName) {
        String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.registerTrainee(new TraineeSignUp(displayName, username, "a kettle, a doorbell and a cup", joinCode, username + "@example.com"));
        return username;
    }
}
