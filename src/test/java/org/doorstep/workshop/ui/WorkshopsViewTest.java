package org.doorstep.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Instant;
import java.time.LocalDateTime;
import org.doorstep.KaribuTest;
import org.doorstep.TestTimeZones;
import org.doorstep.workshop.SessionRef;
import org.doorstep.workshop.SessionState;
import org.doorstep.workshop.WorkshopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A trainer's workshops page: a new cohort with its code, a scheduled session with its own. */
class WorkshopsViewTest extends KaribuTest {

    private WorkshopFixture existing;
    private WorkshopsView view;

    @BeforeEach
    void theTrainersPage() {
        existing = new WorkshopFixture(context);
        signInAs(existing.cohort.trainer().username());
        navigate("workshop");
        view = _get(WorkshopsView.class);
    }

    @Test
    void a_trainer_creates_a_cohort_and_sees_its_join_code() {
        userSets(view.cohortName, "Sales, spring");
        _click(view.createCohort);
        assertThat(rendered(view.cohortList)).containsPattern("Sales, spring: join code [A-Z2-9]{8}, no trainees yet");
        assertThat(context.getBean(JdbcTemplate.class).queryForObject(
                "select details from audit_event where actor_username = ? and action = 'COHORT_CHANGED' order by id desc limit 1",
                String.class, existing.cohort.trainer().username())).startsWith("Created cohort Sales, spring (join code ");
    }

    @Test
    void new_code_gives_the_trainers_cohort_a_fresh_join_code_and_the_old_one_stops() {
        String old = existing.cohort.joinCode();
        assertThat(rendered(view.cohortList)).contains("join code " + old).contains("works until");
        Button newCode = com.github.mvysny.kaributesting.v10.LocatorJ._get(view.cohortList, Button.class,
                spec -> spec.withText("New code"));
        _click(newCode);
        String now = context.getBean(JdbcTemplate.class).queryForObject("select join_code from cohort where id = ?",
                String.class, existing.cohort.id());
        assertThat(now).isNotEqualTo(old);
        assertThat(rendered(view.cohortList)).contains("join code " + now).doesNotContain("join code " + old);
    }

    @Test
    void a_cohort_without_a_name_is_refused_on_the_field() {
        userSets(view.cohortName, "   ");
        _click(view.createCohort);
        assertThat(view.cohortName.isInvalid()).isTrue();
        assertThat(view.cohortName.getErrorMessage()).isEqualTo("Give the cohort a name of 1 to 80 characters.");
    }

    @Test
    void scheduling_a_session_lists_it_with_its_code_ready_to_present() {
        assertThat(GridKt._size(view.sessions)).isEqualTo(1);
        view.lesson.setValue(view.lesson.getListDataView().getItems()
                .filter(lesson -> lesson.slug().equals("stranger-at-the-door")).findFirst().orElseThrow());
        _click(view.schedule);
        assertThat(GridKt._size(view.sessions)).isEqualTo(2);
        SessionRef added = GridKt._get(view.sessions, 0);
        assertThat(added.lessonTitle()).isEqualTo("The stranger at the door");
        assertThat(added.state()).isEqualTo(SessionState.SCHEDULED);
        assertThat(added.code()).hasSize(6).isNotEqualTo(existing.code);
    }

    private SessionRef row(int index) {
        return GridKt._get(view.sessions, index);
    }

    private Button action(String text) {
        return _get(GridKt._getCellComponent(view.sessions, 0, "actions"), Button.class, spec -> spec.withText(text));
    }

    @Test
    void aScheduledSessionShowsItsTimeWithTheZone() {
        TestTimeZones.choose(context, existing.cohort.trainer().username(), "America/New_York");
        navigate("course");
        navigate("workshop");
        view = _get(WorkshopsView.class);
        assertThat(view.timeZone.getValue()).as("the trainer's own zone").isEqualTo("America/New_York");
        view.lesson.setValue(view.lesson.getListDataView().getItems().findFirst().orElseThrow());
        view.startsAt.setValue(LocalDateTime.of(2030, 5, 6, 15, 0));
        _click(view.schedule);
        assertThat(GridKt._getFormatted(view.sessions, 0, "starts")).isEqualTo("6 May 2030, 15:00 (America/New_York)");
        assertThat(row(0).startsAt()).isEqualTo(Instant.parse("2030-05-06T19:00:00Z"));
    }

    @Test
    void the_form_starts_in_the_configured_zone_for_an_hour_and_schedules_in_the_zone_and_length_chosen() {
        assertThat(view.timeZone.getValue()).isEqualTo("Europe/London");
        assertThat(view.duration.getValue()).isEqualTo(60);
        view.lesson.setValue(view.lesson.getListDataView().getItems().findFirst().orElseThrow());
        view.startsAt.setValue(LocalDateTime.of(2030, 5, 6, 9, 0));
        userSets(view.timeZone, "Asia/Tokyo");
        userSets(view.duration, 45);
        _click(view.schedule);
        assertThat(row(0).startsAtText()).isEqualTo("6 May 2030, 09:00 (Asia/Tokyo)");
        assertThat(GridKt._getFormatted(view.sessions, 0, "starts")).isEqualTo("6 May 2030, 09:00 (Asia/Tokyo)");
        assertThat(row(0).durationMinutes()).isEqualTo(45);
        assertThat(row(0).startsAt()).isEqualTo(Instant.parse("2030-05-06T00:00:00Z"));
    }

    @Test
    void a_length_out_of_range_is_refused_on_its_field_and_nothing_is_scheduled() {
        view.lesson.setValue(view.lesson.getListDataView().getItems().findFirst().orElseThrow());
        userSets(view.duration, 700);
        _click(view.schedule);
        assertThat(view.duration.isInvalid()).isTrue();
        assertThat(view.duration.getErrorMessage()).isEqualTo("Give the length in whole minutes, from 5 to 600.");
        assertThat(GridKt._size(view.sessions)).isEqualTo(1);
    }

    @Test
    void a_planned_session_moves_to_a_new_start_and_zone_from_its_row() {
        _click(action("Move"));
        MoveSessionDialog dialog = _get(MoveSessionDialog.class);
        assertThat(dialog.timeZone.getValue()).isEqualTo("Europe/London");
        userSets(dialog.startsAt, LocalDateTime.of(2030, 5, 6, 10, 15));
        userSets(dialog.timeZone, "America/Chicago");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(row(0).startsAtText()).isEqualTo("6 May 2030, 10:15 (America/Chicago)");
        assertThat(row(0).code()).isEqualTo(existing.code);
    }

    @Test
    void moving_without_a_time_zone_shows_the_problem_on_the_zone_field_and_keeps_the_dialog_open() {
        _click(action("Move"));
        MoveSessionDialog dialog = _get(MoveSessionDialog.class);
        dialog.timeZone.clear();
        _click(dialog.save);
        assertThat(dialog.timeZone.isInvalid()).isTrue();
        assertThat(dialog.timeZone.getErrorMessage()).isEqualTo("Choose a time zone from the list, for example Europe/London.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void cancelling_asks_first_and_keeping_the_session_leaves_it_planned() {
        _click(action("Cancel"));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Cancel the session?");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(row(0).state()).isEqualTo(SessionState.SCHEDULED);
    }

    @Test
    void a_confirmed_cancellation_shows_the_session_as_cancelled_with_nothing_left_to_do() {
        _click(action("Cancel"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(row(0).state()).isEqualTo(SessionState.CANCELLED);
        assertThat(GridKt._getFormatted(view.sessions, 0, "state")).isEqualTo("Cancelled");
        assertThat(GridKt._getCellComponent(view.sessions, 0, "actions").getChildren()).isEmpty();
    }

    @Test
    void the_row_buttons_say_which_session_they_act_on_for_screen_readers() {
        String which = "The four criteria on " + row(0).startsAtText();
        assertThat(action("Move").getElement().getAttribute("aria-label")).isEqualTo("Move " + which);
        assertThat(action("Cancel").getElement().getAttribute("aria-label")).isEqualTo("Cancel " + which);
    }
}
