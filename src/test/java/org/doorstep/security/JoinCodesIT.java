package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.admin.DirectoryAdministration;
import org.doorstep.base.Refusal;
import org.doorstep.workshop.RoomService;
import org.doorstep.workshop.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Join codes against guessing and leaking: wrong codes throttled per client address (registration) and per account
 * (joining a session), in PostgreSQL; a cohort's code expires and its trainer or an administrator can replace it; a
 * session of another organisation's cohort cannot be joined unless the cohort is open; and registration answers
 * alike whether or not the username exists.
 */
@SpringBootTest
@ActiveProfiles("test")
class JoinCodesIT {

    private static final String PASSWORD = "a kettle, a doorbell and a cup";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortDirectory cohorts;
    @Autowired
    DirectoryAdministration administration;
    @Autowired
    WorkshopService workshops;
    @Autowired
    RoomService rooms;

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private static String uniqueName() {
        return "joiner-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static TraineeSignUp form(String username, String code) {
        return new TraineeSignUp("Jo Joiner", username, PASSWORD, code, username + "@example.com");
    }

    private String refusal(TraineeSignUp form, String client) {
        try {
            accounts.registerTrainee(form, client);
            return "registered";
        } catch (Refusal refused) {
            return refused.messageKey();
        }
    }

    private boolean exists(String username) {
        return jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username) == 1;
    }

    @Test
    void wrong_codes_from_one_address_are_refused_after_fifty_and_right_ones_use_up_nothing() {
        TestData.TrainedCohort cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        String room = LoginForm.newAddress();
        for (int i = 0; i < 25; i++) {
            assertThat(refusal(form(uniqueName(), cohort.joinCode()), room)).isEqualTo("registered");
        }
        String guesser = LoginForm.newAddress();
        for (int i = 0; i < 50; i++) {
            assertThat(refusal(form(uniqueName(), "WRONG" + i), guesser)).isEqualTo("register.join-code.unknown");
        }
        String late = uniqueName();
        assertThat(refusal(form(late, cohort.joinCode()), guesser)).isEqualTo("register.join-code.throttled");
        assertThat(exists(late)).isFalse();
        assertThat(refusal(form(late, cohort.joinCode()), room)).isEqualTo("registered");
    }

    @Test
    void a_taken_username_gets_the_same_answer_as_a_free_one_and_its_address_is_told_to_choose_another() {
        TestData.TrainedCohort cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        String taken = cohort.trainee("Tom Taken");
        long accountsBefore = jdbc.queryForObject("select count(*) from app_user", Long.class);
        String address = "someone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        accounts.registerTrainee(new TraineeSignUp("Someone Else", taken.toUpperCase(), PASSWORD, cohort.joinCode(), address),
                LoginForm.newAddress());

        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(accountsBefore);
        assertThat(jdbc.queryForObject("select count(*) from cohort_member where cohort_id = ?", Integer.class,
                cohort.id())).isEqualTo(1);
        assertThat(jdbc.queryForList("select body_text from mail_outbox where recipient = ? and kind = ?", String.class,
                address, "registration-username-taken"))
                .singleElement().asString().contains(taken).contains("/register?code=" + cohort.joinCode());
    }

    @Test
    void an_expired_cohort_code_lets_nobody_in_and_the_trainers_new_code_does() {
        TestData.TrainedCohort cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        jdbc.update("update cohort set join_code_expires_at = now() - interval '1 minute' where id = ?", cohort.id());
        assertThat(refusal(form(uniqueName(), cohort.joinCode()), LoginForm.newAddress())).isEqualTo("register.join-code.unknown");

        TestSignIn.as(context, cohort.trainer().username());
        CohortDirectory.TrainerCohort renewed = cohorts.newJoinCode(cohort.id());
        assertThat(renewed.joinCode()).isNotEqualTo(cohort.joinCode()).matches("[ABCDEFGHJKMNPQRTUVWXYZ2346789]{8}");
        assertThat(renewed.codeExpiresAt()).isAfter(Instant.now().plusSeconds(89L * 24 * 3600));
        TestSignIn.out(context);

        assertThat(refusal(form(uniqueName(), renewed.joinCode()), LoginForm.newAddress())).isEqualTo("registered");
    }

    @Test
    void a_new_code_stops_the_old_one_and_only_the_cohorts_trainer_or_an_administrator_may_make_it() {
        TestData.TrainedCohort cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        TestData.TrainedCohort other = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        TestSignIn.as(context, other.trainer().username());
        assertThatThrownBy(() -> cohorts.newJoinCode(cohort.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        TestSignIn.as(context, "admin");
        String code = administration.newJoinCode(cohort.id());
        TestSignIn.out(context);

        assertThat(refusal(form(uniqueName(), cohort.joinCode()), LoginForm.newAddress())).isEqualTo("register.join-code.unknown");
        assertThat(refusal(form(uniqueName(), code), LoginForm.newAddress())).isEqualTo("registered");
    }

    @Test
    void a_trainee_of_another_organisation_cannot_join_a_session_unless_its_cohort_is_open() {
        TestData.TrainedCohort cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        TestSignIn.as(context, cohort.trainer().username());
        String session = workshops.schedule(cohort.id(), "four-criteria", Instant.now().plusSeconds(3600)).code();
        String stranger = TestData.in(context).demoOrganisation().cohortWithNewTrainer().trainee("Sven Stranger");
        long otherOrganisation = TestData.in(context).organisation("Elsewhere " + UUID.randomUUID()).id();
        jdbc.update("update app_user set organisation_id = ? where username = ?", otherOrganisation, stranger);

        TestSignIn.as(context, stranger);
        assertThatThrownBy(() -> rooms.join(session)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.code.unknown");

        TestSignIn.as(context, "admin");
        administration.setOpenToAll(cohort.id(), true);
        TestSignIn.as(context, stranger);
        assertThat(rooms.join(session).code()).isEqualTo(session);
    }

    @Test
    void wrong_session_codes_are_throttled_per_account_and_right_ones_count_nothing() {
        TestData.TrainedCohort cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        TestSignIn.as(context, cohort.trainer().username());
        String session = workshops.schedule(cohort.id(), "four-criteria", Instant.now().plusSeconds(3600)).code();
        String guesser = cohort.trainee("Gus Guesser");
        TestSignIn.as(context, guesser);
        for (int i = 0; i < 12; i++) {
            rooms.join(session);
        }
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> rooms.join("ZZZZZZ")).hasMessage("workshop.code.unknown");
        }
        assertThatThrownBy(() -> rooms.join("ZZZZZZ")).hasMessage("workshop.code.throttled");
        assertThatThrownBy(() -> rooms.join(session)).hasMessage("workshop.code.throttled");
    }

    @Test
    void deleting_an_account_deletes_its_count_of_wrong_codes_too() {
        TestData.TrainedCohort cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        String guesser = cohort.trainee("Gina Gone");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, guesser);
        TestSignIn.as(context, guesser);
        assertThatThrownBy(() -> rooms.join("ZZZZZZ")).hasMessage("workshop.code.unknown");
        assertThat(jdbc.queryForObject("select count(*) from login_failure where scope = 'JOIN_ACCOUNT' and username = ?",
                Integer.class, "#" + id)).isEqualTo(1);

        TestSignIn.as(context, "admin");
        context.getBean(org.doorstep.admin.DataRequests.class).deleteUser(id, guesser);

        assertThat(jdbc.queryForObject("select count(*) from login_failure where scope = 'JOIN_ACCOUNT' and username = ?",
                Integer.class, "#" + id)).isZero();
    }
}
