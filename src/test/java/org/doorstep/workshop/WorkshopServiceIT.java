package org.doorstep.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.admin.DirectoryAdministration;
import org.doorstep.base.Refusal;
import org.doorstep.security.AccountService;
import org.doorstep.security.TraineeSignUp;
import org.doorstep.workshop.internal.LiveRooms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * A session of the four-criteria lesson (two readings, twelve quiz questions as polls, one reflection) run
 * against the real database, with its events going through PostgreSQL NOTIFY.
 */
@SpringBootTest
@ActiveProfiles("test")
class WorkshopServiceIT {

    static final String LESSON = WorkshopFixture.LESSON;
    static final int FIRST_POLL = WorkshopFixture.FIRST_POLL;
    static final int WORDS = WorkshopFixture.WORDS;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    WorkshopService workshops;
    @Autowired
    RoomService rooms;
    @Autowired
    LiveRooms live;

    private TestData.TrainedCohort cohort;
    private String ann;
    private String bob;
    private String code;

    @BeforeEach
    void aLiveSessionWithTwoTraineesIn() {
        WorkshopFixture session = new WorkshopFixture(context).start();
        cohort = session.cohort;
        code = session.code;
        ann = session.joined("Ann Attentive");
        bob = session.joined("Bob Bystander");
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private void as(String username) {
        TestSignIn.as(context, username);
    }

    @Test
    void a_scheduled_session_gets_a_six_character_code_without_letters_people_confuse() {
        assertThat(code).matches("[ABCDEFGHJKMNPQRTUVWXYZ2346789]{6}");
        as(cohort.trainer().username());
        assertThat(workshops.mySessions(0, 10)).extracting(SessionRef::code).containsExactly(code);
        assertThat(workshops.countMySessions()).isEqualTo(1);
    }

    @Test
    void a_trainer_cannot_schedule_for_or_drive_another_trainers_cohort() {
        TestData.TrainedCohort other = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        as(other.trainer().username());
        assertThatThrownBy(() -> workshops.schedule(cohort.id(), LESSON, Instant.now()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.goTo(code, 3)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.present(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.summary(code)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_cohort_handed_to_another_trainer_takes_its_sessions_along() {
        as(cohort.trainer().username());
        workshops.goTo(code, FIRST_POLL);
        String planned = workshops.schedule(cohort.id(), LESSON, Instant.now().plusSeconds(86_400)).code();
        as(ann);
        rooms.choose(code, FIRST_POLL, Set.of(0));
        TestData.TrainedCohort other = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        long newTrainerId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, other.trainer().username());
        as("admin");
        context.getBean(DirectoryAdministration.class).assignTrainer(cohort.id(), newTrainerId);

        as(cohort.trainer().username());
        assertThat(workshops.mySessions(0, 10)).isEmpty();
        assertThat(workshops.countMySessions()).isZero();
        assertThatThrownBy(() -> workshops.present(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.presentation(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.goTo(code, FIRST_POLL + 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.goTo(code, FIRST_POLL - 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.reveal(code, FIRST_POLL, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.setSelfPaced(code, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.summary(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.watch(code, presentation -> { })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.end(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.move(planned, LocalDateTime.now().plusDays(2), "UTC"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.cancel(planned)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.schedule(cohort.id(), LESSON, Instant.now()))
                .isInstanceOf(AccessDeniedException.class);

        as(other.trainer().username());
        assertThat(workshops.mySessions(0, 10)).extracting(SessionRef::code).containsExactlyInAnyOrder(code, planned);
        Presentation room = workshops.presentation(code);
        assertThat(room.currentStep()).isEqualTo(FIRST_POLL);
        assertThat(room.room().attendees()).extracting(Attendee::name).contains("Ann Attentive", "Bob Bystander");
        workshops.reveal(code, FIRST_POLL, true);
        workshops.goTo(code, FIRST_POLL + 1);
        workshops.move(planned, LocalDateTime.now().plusDays(2), "UTC");
        workshops.cancel(planned);
        workshops.end(code);
        assertThat(workshops.summary(code).attendees()).contains("Ann Attentive", "Bob Bystander");
    }

    @Test
    void trainees_cannot_drive_a_session_and_trainers_cannot_sit_in_one() {
        as(ann);
        assertThatThrownBy(() -> workshops.goTo(code, 1)).isInstanceOf(AccessDeniedException.class);
        as(cohort.trainer().username());
        assertThatThrownBy(() -> rooms.seat(code)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_code_is_required_and_a_trainee_of_another_cohort_sees_nothing_of_the_session() {
        String outsider = TestData.in(context).demoOrganisation().cohortWithNewTrainer().trainee("Olga Outsider");
        as(outsider);
        assertThat(rooms.openSessions()).extracting(SessionRef::code).doesNotContain(code);
        assertThatThrownBy(() -> rooms.seat(code)).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.not-joined");
        assertThatThrownBy(() -> rooms.choose(code, FIRST_POLL, Set.of(0))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> rooms.join("ZZZZZZ")).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.code.unknown");
    }

    @Test
    void joining_with_the_code_puts_the_trainee_in_the_cohort_on_the_current_step() {
        as(cohort.trainer().username());
        workshops.goTo(code, 5);
        String late = TestData.in(context).demoOrganisation().cohortWithNewTrainer().trainee("Lena Late");
        as(late);
        rooms.join(code.toLowerCase().substring(0, 3) + " " + code.toLowerCase().substring(3));
        Seat seat = rooms.seat(code);
        assertThat(seat.room().currentStep()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from cohort_member m join app_user u on u.id = m.user_id "
                + "where m.cohort_id = ? and u.username = ?", Integer.class, cohort.id(), late)).isEqualTo(1);
    }

    @Test
    void a_newcomer_registers_with_the_session_code_into_the_sessions_cohort() {
        accounts.registerTrainee(new TraineeSignUp("Nina New", "nina-" + code.toLowerCase(), TestSignIn.PASSWORD, code, "nina-" + code.toLowerCase() + "@example.com"));
        assertThat(jdbc.queryForObject("select m.cohort_id from cohort_member m join app_user u on u.id = m.user_id "
                + "where u.username = ?", Long.class, "nina-" + code.toLowerCase())).isEqualTo(cohort.id());
    }

    @Test
    void poll_answers_are_counted_live_for_the_trainer_and_reach_the_room_only_once_revealed() {
        as(cohort.trainer().username());
        workshops.goTo(code, FIRST_POLL);
        as(ann);
        rooms.choose(code, FIRST_POLL, Set.of(0));
        as(bob);
        rooms.choose(code, FIRST_POLL, Set.of(1));
        rooms.choose(code, FIRST_POLL, Set.of(0)); // a changed vote replaces the first
        assertThat(rooms.seat(code).room().revealed()).isEmpty();

        as(cohort.trainer().username());
        PollResult live = workshops.present(code).answers();
        assertThat(live.answered()).isEqualTo(2);
        assertThat(live.count(0)).isEqualTo(2);
        assertThat(live.count(1)).isZero();
        workshops.reveal(code, FIRST_POLL, true);

        as(ann);
        PollResult shown = rooms.seat(code).room().revealed().get(FIRST_POLL);
        assertThat(shown.count(0)).isEqualTo(2);
        assertThat(rooms.seat(code).myAnswers().choicesOn(FIRST_POLL)).containsExactly(0);
    }

    @Test
    void once_revealed_a_poll_takes_no_more_votes_and_its_counts_stay() {
        as(cohort.trainer().username());
        workshops.goTo(code, FIRST_POLL);
        as(ann);
        rooms.choose(code, FIRST_POLL, Set.of(0));
        as(cohort.trainer().username());
        workshops.reveal(code, FIRST_POLL, true);

        as(ann);
        assertThatThrownBy(() -> rooms.choose(code, FIRST_POLL, Set.of(1))).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.poll.revealed");
        as(bob);
        assertThatThrownBy(() -> rooms.choose(code, FIRST_POLL, Set.of(1))).isInstanceOf(Refusal.class);

        PollResult shown = rooms.seat(code).room().revealed().get(FIRST_POLL);
        assertThat(shown.answered()).isEqualTo(1);
        assertThat(List.of(shown.count(0), shown.count(1))).containsExactly(1, 0);
        as(ann);
        assertThat(rooms.seat(code).myAnswers().choicesOn(FIRST_POLL)).containsExactly(0);
    }

    @Test
    void a_question_with_several_right_answers_takes_several_ticks_and_counts_each() {
        as(cohort.trainer().username());
        workshops.goTo(code, FIRST_POLL);
        as(ann);
        rooms.choose(code, FIRST_POLL, Set.of(0, 2));
        as(bob);
        rooms.choose(code, FIRST_POLL, Set.of(2));
        as(cohort.trainer().username());
        PollResult live = workshops.present(code).answers();
        assertThat(live.answered()).isEqualTo(2);
        assertThat(List.of(live.count(0), live.count(1), live.count(2), live.count(3))).containsExactly(1, 0, 2, 0);
        as(ann);
        assertThat(rooms.seat(code).myAnswers().choicesOn(FIRST_POLL)).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void a_private_reflection_never_becomes_a_step_of_a_session_nor_of_its_summary_while_a_shareable_one_does() {
        WorkshopFixture director = new WorkshopFixture(context, "managing-director").start();
        director.joined("Dee Discreet");
        WorkshopService trainer = director.asTrainer();
        List<WorkshopStep> steps = trainer.present(director.code).steps();
        assertThat(steps).extracting(WorkshopStep::title).contains("The Managing Director's story")
                .doesNotContain("Your weak ties");
        assertThat(steps).extracting(WorkshopStep::kind).doesNotContain(WorkshopStep.Kind.WORDS);
        trainer.end(director.code);
        assertThat(trainer.summary(director.code).steps()).extracting(WorkshopStep::kind)
                .doesNotContain(WorkshopStep.Kind.WORDS);

        as(cohort.trainer().username());
        WorkshopStep shareable = workshops.present(code).steps().get(WORDS);
        assertThat(shareable.kind()).isEqualTo(WorkshopStep.Kind.WORDS);
        assertThat(shareable.text()).contains("Without naming anyone");
    }

    @Test
    void a_scenario_decision_takes_exactly_one_option() {
        WorkshopFixture scenario = new WorkshopFixture(context, "stranger-at-the-door").start();
        String cat = scenario.joined("Cat Curious");
        scenario.asTrainer().goTo(scenario.code, 1);
        scenario.as(cat);
        assertThatThrownBy(() -> rooms.choose(scenario.code, 1, Set.of(0, 1))).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.option.count");
        assertThatThrownBy(() -> rooms.choose(scenario.code, 1, Set.of())).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.option.count");
        rooms.choose(scenario.code, 1, Set.of(1));
        assertThat(rooms.seat(scenario.code).myAnswers().choicesOn(1)).containsExactly(1);
    }

    @Test
    void a_trainee_answers_only_the_step_the_room_is_on() {
        as(ann);
        assertThatThrownBy(() -> rooms.choose(code, FIRST_POLL, Set.of(0))).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.step.moved");
        as(cohort.trainer().username());
        workshops.goTo(code, FIRST_POLL);
        as(ann);
        assertThatThrownBy(() -> rooms.choose(code, FIRST_POLL, Set.of(99))).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.option.unknown");
    }

    @Test
    void an_offensive_reflection_starts_hidden_and_a_hidden_answer_never_reaches_the_room() {
        as(cohort.trainer().username());
        workshops.goTo(code, WORDS);
        workshops.reveal(code, WORDS, true);
        as(ann);
        rooms.write(code, WORDS, "I spoke to them last week");
        as(bob);
        rooms.write(code, WORDS, "what a load of sh1t");
        assertThat(rooms.seat(code).room().revealed().get(WORDS).texts()).extracting(PollResult.Written::text)
                .containsExactly("I spoke to them last week");

        as(cohort.trainer().username());
        List<PollResult.Written> all = workshops.present(code).answers().texts();
        assertThat(all).extracting(PollResult.Written::hidden).containsExactly(false, true);
        workshops.hideAnswer(code, all.getFirst().id(), true);
        as(bob);
        assertThat(rooms.seat(code).room().revealed().get(WORDS).texts()).isEmpty();
    }

    @Test
    void a_step_change_reaches_a_following_screen_through_the_database() throws Exception {
        LinkedBlockingQueue<Room> pushed = new LinkedBlockingQueue<>();
        as(ann);
        Subscription screen = rooms.follow(code, pushed::add);
        try {
            as(cohort.trainer().username());
            workshops.goTo(code, 4);
            Room room = pushed.poll(10, TimeUnit.SECONDS);
            while (room != null && room.currentStep() != 4) {
                room = pushed.poll(10, TimeUnit.SECONDS);
            }
            assertThat(room).as("pushed room").isNotNull();
            assertThat(room.currentStep()).isEqualTo(4);
        } finally {
            screen.close();
        }
    }

    @Test
    void at_their_own_pace_trainees_move_themselves_and_the_trainer_sees_where_each_is() {
        as(cohort.trainer().username());
        workshops.goTo(code, 1);
        workshops.setSelfPaced(code, true);
        as(ann);
        rooms.moveTo(code, 3);
        as(cohort.trainer().username());
        assertThat(workshops.present(code).room().attendees())
                .containsExactly(new Attendee("Ann Attentive", 3), new Attendee("Bob Bystander", 1));
        workshops.setSelfPaced(code, false);
        as(bob);
        assertThatThrownBy(() -> rooms.moveTo(code, 2)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.follow-trainer");
    }

    @Test
    void ending_a_session_keeps_its_summary_refuses_answers_and_lets_go_of_every_screen() throws Exception {
        as(cohort.trainer().username());
        workshops.goTo(code, FIRST_POLL);
        as(ann);
        rooms.choose(code, FIRST_POLL, Set.of(1));
        LinkedBlockingQueue<Room> pushed = new LinkedBlockingQueue<>();
        rooms.follow(code, pushed::add);
        as(cohort.trainer().username());
        workshops.watch(code, presentation -> { });
        int before = live.registered();
        assertThat(before).isGreaterThanOrEqualTo(2);

        workshops.end(code);
        Room last = pushed.poll(10, TimeUnit.SECONDS);
        while (last != null && last.state() != SessionState.ENDED) {
            last = pushed.poll(10, TimeUnit.SECONDS);
        }
        assertThat(last).as("the ending reached the screen").isNotNull();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (live.registered() > before - 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(live.registered()).as("screens still registered").isEqualTo(before - 2);

        SessionSummary summary = workshops.summary(code);
        assertThat(summary.attendees()).containsExactly("Ann Attentive", "Bob Bystander");
        assertThat(summary.results().getFirst().count(1)).isEqualTo(1);
        assertThat(summary.endedAt()).isNotNull();
        as(bob);
        assertThatThrownBy(() -> rooms.choose(code, FIRST_POLL, Set.of(0))).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.ended");
        assertThatThrownBy(() -> rooms.join(code)).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.ended");
    }
}
