package org.doorstep.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.doorstep.KaribuTest;
import org.doorstep.workshop.WorkshopFixture;
import org.doorstep.workshop.WorkshopStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A trainee's screen in the room: it follows the trainer by push, takes votes and words, shows revealed results. */
// Commits: the room follows the trainer by NOTIFY and push, which see only committed rows.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RoomViewTest extends KaribuTest {

    private WorkshopFixture session;
    private String ann;

    @BeforeEach
    void annJoinedAScheduledSession() {
        session = new WorkshopFixture(context);
        ann = session.joined("Ann Attentive");
    }

    private RoomView openAsAnn() {
        signInAs(ann);
        navigate("workshop/" + session.code);
        return _get(RoomView.class);
    }

    /** As the trainer, between two looks at Ann's screen; Ann is signed in again afterwards. */
    private void trainer(java.util.function.Consumer<org.doorstep.workshop.WorkshopService> action) {
        session.as(session.cohort.trainer().username());
        action.accept(session.trainer());
        session.as(ann);
    }

    /** Waits for a pushed change to arrive, running the UI's queue the way a push round trip would. */
    private static void awaitPush(BooleanSupplier shown) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            MockVaadin.runUIQueue();
            if (shown.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(shown.getAsBoolean()).as("pushed change shown within 10 s").isTrue();
    }

    @Test
    void before_the_trainer_starts_the_trainee_waits_and_the_screen_moves_on_by_itself() throws Exception {
        RoomView view = openAsAnn();
        assertThat(rendered(view.stage)).contains("Waiting for your trainer to start");
        trainer(workshops -> workshops.present(session.code));
        awaitPush(() -> rendered(view.stage).contains("Step 1 of 15"));
    }

    @Test
    void a_waiting_trainee_sees_a_move_and_then_the_cancellation_by_push() throws Exception {
        RoomView view = openAsAnn();
        trainer(workshops -> workshops.move(session.code, java.time.LocalDateTime.of(2030, 5, 6, 10, 15), "Europe/Paris"));
        awaitPush(() -> rendered(view.stage).contains("planned for 6 May 2030, 10:15 (Europe/Paris)."));
        trainer(workshops -> workshops.cancel(session.code));
        awaitPush(() -> rendered(view.stage).contains("This session was cancelled"));
        assertThat(rendered(view.stage)).contains("The four criteria, planned for 6 May 2030, 10:15 (Europe/Paris), will not take place.");
    }

    @Test
    void the_screen_follows_the_trainers_step_by_push() throws Exception {
        session.start();
        RoomView view = openAsAnn();
        assertThat(rendered(view.stage)).contains("Step 1 of 15").contains("follows");
        trainer(workshops -> workshops.goTo(session.code, WorkshopFixture.FIRST_POLL));
        awaitPush(() -> rendered(view.stage).contains("Step 3 of 15"));
        assertThat(_get(view, CheckboxGroup.class).getLabel()).isEqualTo("Your vote");
    }

    @Test
    @SuppressWarnings("unchecked")
    void ticks_are_sent_with_a_confirmation_and_the_rooms_counts_show_once_revealed() throws Exception {
        session.start();
        trainer(workshops -> workshops.goTo(session.code, WorkshopFixture.FIRST_POLL));
        RoomView view = openAsAnn();
        CheckboxGroup<Integer> ticks = _get(view, CheckboxGroup.class);
        PollAnswer poll = _get(view, PollAnswer.class);
        _click(poll.send);
        assertThat(poll.sent.getText()).isEqualTo("Choose an answer first, then send it.");
        userSets(ticks, Set.of(0, 1));
        assertThat(view.status.getText()).as("nothing is sent before Send").isNotEqualTo("Saved.");
        _click(poll.send);
        assertThat(view.status.getText()).isEqualTo("Saved.");
        assertThat(poll.sent.getText()).startsWith("Sent: ").endsWith(". You can change it until the answers are revealed.");
        assertThat(rendered(view.results)).doesNotContain("How the room answered");

        trainer(workshops -> workshops.reveal(session.code, WorkshopFixture.FIRST_POLL, true));
        awaitPush(() -> rendered(view.results).contains("How the room answered"));
        assertThat(rendered(view.results)).contains("1 (100%)").contains("0 (0%)").contains("1 person answered");
        navigate("workshop/" + session.code);
        assertThat((Set<Integer>) _get(_get(RoomView.class), CheckboxGroup.class).getValue()).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void at_the_reveal_the_poll_locks_and_tells_each_trainee_whether_they_were_right() throws Exception {
        session.start();
        session.trainer().goTo(session.code, WorkshopFixture.FIRST_POLL);
        WorkshopStep question = session.trainer().present(session.code).steps().get(WorkshopFixture.FIRST_POLL);
        Set<Integer> right = Set.copyOf(question.correct());
        // An option that is not right, or where every option is, one right option short of all.
        Set<Integer> wrong = Set.of(java.util.stream.IntStream.range(0, question.options().size())
                .filter(option -> !right.contains(option)).findFirst().orElse(right.iterator().next()));
        assertThat(wrong).isNotEqualTo(right);
        String bob = session.joined("Bob Right");
        session.room().choose(session.code, WorkshopFixture.FIRST_POLL, right);
        RoomView view = openAsAnn();
        PollAnswer poll = _get(view, PollAnswer.class);
        userSets(_get(view, CheckboxGroup.class), wrong);
        _click(poll.send);

        trainer(workshops -> workshops.reveal(session.code, WorkshopFixture.FIRST_POLL, true));
        awaitPush(() -> poll.verdict.isVisible());
        assertThat(poll.verdict.getText()).isEqualTo("✗ Your answer: not quite. The right answer: "
                + right.stream().sorted().map(question.options()::get).collect(java.util.stream.Collectors.joining("; ")) + ".");
        assertThat(poll.input.isReadOnly()).isTrue();
        assertThat(poll.send.isVisible()).isFalse();
        assertThat(poll.sent.getText()).isEqualTo("The answers are revealed: this poll is closed.");

        signInAs(bob);
        navigate("workshop/" + session.code);
        assertThat(_get(_get(RoomView.class), PollAnswer.class).verdict.getText()).isEqualTo("✓ Your answer: right.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_scenario_decision_is_one_radio_choice() {
        WorkshopFixture scenario = new WorkshopFixture(context, "stranger-at-the-door").start();
        String cat = scenario.joined("Cat Curious");
        scenario.asTrainer().goTo(scenario.code, 1);
        signInAs(cat);
        navigate("workshop/" + scenario.code);
        RadioButtonGroup<Integer> choice = _get(_get(RoomView.class), RadioButtonGroup.class);
        userSets(choice, 1);
        _click(_get(_get(RoomView.class), PollAnswer.class).send);
        assertThat(_get(RoomView.class).status.getText()).isEqualTo("Saved.");
    }

    @Test
    void half_typed_words_survive_a_reveal_and_sent_words_are_kept_on_reload() throws Exception {
        session.start();
        trainer(workshops -> workshops.goTo(session.code, WorkshopFixture.WORDS));
        RoomView view = openAsAnn();
        TextArea words = _get(view, TextArea.class);
        userSets(words, "We had coffee");
        _click(_get(view, Button.class, spec -> spec.withText("Send")));
        userSets(words, "We had coffee in May and");
        trainer(workshops -> workshops.reveal(session.code, WorkshopFixture.WORDS, true));
        awaitPush(() -> rendered(view.results).contains("coffee"));
        assertThat(_get(view, TextArea.class).getValue()).isEqualTo("We had coffee in May and");

        navigate("workshop/" + session.code);
        assertThat(_get(_get(RoomView.class), TextArea.class).getValue()).isEqualTo("We had coffee");
    }

    @Test
    void at_their_own_pace_a_trainee_moves_with_previous_and_next() throws Exception {
        session.start();
        trainer(workshops -> workshops.setSelfPaced(session.code, true));
        RoomView view = openAsAnn();
        _click(_get(view, Button.class, spec -> spec.withText("Next")));
        assertThat(rendered(view.stage)).contains("Step 2 of 15").contains("own pace");
        trainer(workshops -> workshops.setSelfPaced(session.code, false));
        awaitPush(() -> rendered(view.stage).contains("Step 1 of 15"));
    }

    @Test
    void when_the_session_ends_the_screen_says_so_and_points_back_to_the_course() throws Exception {
        session.start();
        RoomView view = openAsAnn();
        trainer(workshops -> workshops.end(session.code));
        awaitPush(() -> rendered(view.stage).contains("This session has ended"));
        assertThat(rendered(view.stage)).contains("Thank you for taking part in").doesNotContain("Step ");
        assertThat(view.status.getText()).as("no step position left behind").isEmpty();
        com.vaadin.flow.component.html.Anchor course = _get(view.stage, com.vaadin.flow.component.html.Anchor.class);
        assertThat(course.getHref()).isEqualTo("course");
        assertThat(course.getText()).isEqualTo("Carry on with the course at your own pace");
        assertThat(course.getTarget()).as("opens in the same tab").isEmpty();
        navigate(course.getHref());
        assertThat(currentView()).isEqualTo(org.doorstep.course.ui.CourseView.class);
    }

    @Test
    void a_trainee_who_has_not_joined_is_taken_to_the_join_page_with_the_code_filled_in() {
        String newcomer = session.trainee("Nina New");
        signInAs(newcomer);
        navigate("workshop/" + session.code);
        assertThat(_get(JoinWorkshopView.class).code.getValue()).isEqualTo(session.code);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(JoinWorkshopView.class);
    }
}
