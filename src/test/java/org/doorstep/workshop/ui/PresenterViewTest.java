package org.doorstep.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import org.doorstep.KaribuTest;
import org.doorstep.workshop.PollResult;
import org.doorstep.workshop.SessionState;
import org.doorstep.workshop.internal.LiveRooms;
import org.doorstep.workshop.WorkshopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The projector screen: moving the room, hidden then revealed answers, moderation, the room, the ending. */
class PresenterViewTest extends KaribuTest {

    private WorkshopFixture session;
    private String ann;
    private String bob;

    @BeforeEach
    void twoTraineesInAStartedSession() {
        session = new WorkshopFixture(context).start();
        ann = session.joined("Ann Attentive");
        bob = session.joined("Bob Bystander");
    }

    private PresenterView present() {
        signInAs(session.cohort.trainer().username());
        navigate("workshop/" + session.code + "/present");
        return _get(PresenterView.class);
    }

    private void answer(String trainee, java.util.function.Consumer<org.doorstep.workshop.RoomService> action) {
        session.as(trainee);
        action.accept(session.room());
        session.as(session.cohort.trainer().username());
    }

    @Test
    void the_presenter_shows_the_code_the_step_and_counts_the_room_with_names_only_in_a_closed_panel() {
        PresenterView view = present();
        assertThat(view.joinCode.getText()).isEqualTo(session.code);
        assertThat(rendered(view.stage)).contains("Step 1 of 15");
        assertThat(rendered(_get(view.room, UnorderedList.class, spec -> spec.withClasses("presenter-where"))))
                .contains("Step 1: 2 people");
        Details names = _get(view.room, Details.class, spec -> spec.withClasses("presenter-names"));
        assertThat(names.isOpened()).as("the projector shows no names until the trainer opens the panel").isFalse();
        assertThat(rendered(names)).as("a closed panel holds no names at all").doesNotContain("Ann Attentive");
        String outsideNames = view.room.getChildren().filter(child -> child != names).map(KaribuTest::rendered)
                .collect(java.util.stream.Collectors.joining(" "));
        assertThat(outsideNames).contains("2 people in the room").contains("Imported their connections: 0 of 2")
                .doesNotContain("Ann Attentive").doesNotContain("Bob Bystander");

        names.setOpened(true);
        assertThat(rendered(names)).contains("Ann Attentive: step 1").contains("Bob Bystander: step 1");
        // The room is redrawn on every change; the trainer's choice to see names stays.
        _click(_get(Button.class, spec -> spec.withId("presenter-next")));
        Details redrawn = _get(view.room, Details.class, spec -> spec.withClasses("presenter-names"));
        assertThat(redrawn.isOpened()).isTrue();
        assertThat(rendered(redrawn)).contains("Ann Attentive: step 2");
    }

    @Test
    void a_presenter_whose_cohort_was_handed_to_another_trainer_goes_back_to_the_workshops_list_at_its_next_reload() {
        PresenterView view = present();
        org.doorstep.TestData.TrainedCohort other = org.doorstep.TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        long newTrainer = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select id from app_user where username = ?", Long.class, other.trainer().username());
        session.as("admin");
        context.getBean(org.doorstep.admin.DirectoryAdministration.class).assignTrainer(session.cohort.id(), newTrainer);
        session.as(session.cohort.trainer().username());

        view.reload();

        assertThat(currentView()).isEqualTo(WorkshopsView.class);
    }

    @Test
    void next_and_previous_move_the_whole_room() {
        PresenterView view = present();
        assertThat(view.previous.isEnabled()).isFalse();
        _click(view.next);
        _click(view.next);
        assertThat(rendered(view.stage)).contains("Step 3 of 15");
        session.as(ann);
        assertThat(session.room().seat(session.code).room().currentStep()).isEqualTo(2);
        session.as(session.cohort.trainer().username());
        _click(view.previous);
        assertThat(rendered(view.stage)).contains("Step 2 of 15");
    }

    @Test
    void poll_answers_stay_hidden_on_the_projector_until_the_trainer_reveals_them() {
        session.asTrainer().goTo(session.code, WorkshopFixture.FIRST_POLL);
        answer(ann, room -> room.choose(session.code, WorkshopFixture.FIRST_POLL, Set.of(0)));
        answer(bob, room -> room.choose(session.code, WorkshopFixture.FIRST_POLL, Set.of(0)));
        PresenterView view = present();
        assertThat(rendered(view.answers)).contains("2 of 2 in the room answered").doesNotContain("(100%)");
        assertThat(view.reveal.getText()).isEqualTo("Reveal answers");
        _click(view.reveal);
        assertThat(rendered(view.answers)).contains("2 (100%)").contains("2 people answered");
        assertThat(view.reveal.getText()).isEqualTo("Hide answers");
    }

    @Test
    void a_hidden_reflection_is_not_shown_on_the_projector_and_the_trainer_can_hide_any_answer() {
        session.asTrainer().goTo(session.code, WorkshopFixture.WORDS);
        answer(ann, room -> room.write(session.code, WorkshopFixture.WORDS, "Coffee with Raj"));
        answer(bob, room -> room.write(session.code, WorkshopFixture.WORDS, "total bullshit"));
        PresenterView view = present();
        _click(view.reveal);
        assertThat(rendered(view.answers)).contains("Coffee with Raj").contains("(hidden answer)").doesNotContain("bullshit");
        _click(_get(view.answers, Button.class, spec -> spec.withText("Hide")));
        assertThat(rendered(view.answers)).doesNotContain("Coffee with Raj");
        session.as(ann);
        PollResult shown = session.room().seat(session.code).room().revealed().get(WorkshopFixture.WORDS);
        assertThat(shown.texts()).isEmpty();
    }

    @Test
    void closing_the_presenter_leaves_the_session_running_and_lets_go_of_its_listener() {
        LiveRooms live = context.getBean(LiveRooms.class);
        int before = live.registered();
        present();
        assertThat(live.registered()).isEqualTo(before + 1);
        navigate("workshop");
        assertThat(live.registered()).isEqualTo(before);
        session.as(ann);
        assertThat(session.room().seat(session.code).room().state()).isEqualTo(SessionState.LIVE);
    }

    @Test
    void ending_the_session_asks_first_then_opens_its_summary() {
        session.asTrainer().goTo(session.code, WorkshopFixture.FIRST_POLL);
        answer(ann, room -> room.choose(session.code, WorkshopFixture.FIRST_POLL, Set.of(1)));
        PresenterView view = present();
        _click(view.end);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SummaryView.class);
        assertThat(rendered(_get(SummaryView.class))).contains("Attendance: 2").contains("Ann Attentive, Bob Bystander")
                .contains("1 (100%)").contains("12 questions of the lesson had no answers and are left out below.");
        assertThat(rendered(_get(org.doorstep.base.ui.FigureTiles.class, spec -> spec.withClasses("summary-figures"))))
                .contains("Came", "2", "Questions answered", "of 13 in the lesson", "Answers", "given in all", "Right answers");
    }

    @Test
    void the_summary_of_a_session_nobody_joined_says_so_rather_than_asking_to_scan_a_code() {
        WorkshopFixture empty = new WorkshopFixture(context).start();
        empty.asTrainer().end(empty.code);
        signInAs(empty.cohort.trainer().username());
        navigate("workshop/" + empty.code + "/summary");
        assertThat(rendered(_get(SummaryView.class))).contains("Attendance: 0").contains("Nobody joined this session.")
                .doesNotContain("Scan the QR code");
    }

    @Test
    void another_trainer_is_turned_back_from_the_presenter_screen_and_the_summary() {
        String otherTrainer = new WorkshopFixture(context).cohort.trainer().username();
        signInAs(otherTrainer);
        navigate("workshop/" + session.code + "/present");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WorkshopsView.class);
        NotificationsKt.expectNotifications("Another trainer runs that session.");
        navigate("workshop/" + session.code + "/summary");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WorkshopsView.class);
        assertThatThrownBy(() -> session.as(otherTrainer).trainer().goTo(session.code, 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainee_cannot_open_the_presenter_screen() {
        signInAs(ann);
        assertThatThrownBy(() -> navigate("workshop/" + session.code + "/present"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
