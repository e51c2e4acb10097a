package org.doorstep.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.doorstep.KaribuTest;
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
        signInAs(existing.cohort.trainer);
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
                String.class, existing.cohort.trainer)).startsWith("Created cohort Sales, spring (join code ");
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
}
