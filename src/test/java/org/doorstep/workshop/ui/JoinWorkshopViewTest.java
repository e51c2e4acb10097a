package org.doorstep.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.workshop.WorkshopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Joining by code, by the join link, or from the list of one's own cohort's sessions. */
class JoinWorkshopViewTest extends KaribuTest {

    private WorkshopFixture session;

    @BeforeEach
    void aSessionStarted() {
        session = new WorkshopFixture(context).start();
    }

    @Test
    void a_trainee_types_the_code_any_which_way_and_enters_the_room() {
        signInAs(new WorkshopFixture(context).trainee("Olga Outsider"));
        navigate("workshop/join");
        JoinWorkshopView view = _get(JoinWorkshopView.class);
        userSets(view.code, session.code.toLowerCase().substring(0, 3) + " " + session.code.substring(3));
        _click(view.join);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RoomView.class);
        assertThat(rendered(_get(RoomView.class).stage)).contains("Step 1 of 15");
    }

    @Test
    void a_cohort_member_is_told_on_the_home_view_that_the_session_is_live_and_how_to_join() {
        signInAs(session.trainee("Hana Home"));
        navigate("");
        Anchor notice = _find(Div.class, spec -> spec.withClasses("home-notice")).stream()
                .map(box -> _get(box, Anchor.class)).filter(link -> link.getText().contains("workshop"))
                .findFirst().orElseThrow();
        assertThat(notice.getText()).isEqualTo("A live workshop has started: The four criteria. Join it now.");
        assertThat(notice.getHref()).isEqualTo("workshop/join?code=" + session.code);
    }

    @Test
    void a_newcomer_registered_with_a_planned_sessions_code_finds_it_on_the_home_view() {
        WorkshopFixture planned = new WorkshopFixture(context);
        String newcomer = TestData.in(context).registerTrainee(planned.code, "nina", "Nina New").username();
        signInAs(newcomer);
        navigate("");
        Anchor notice = _find(Div.class, spec -> spec.withClasses("home-notice")).stream()
                .map(box -> _get(box, Anchor.class)).filter(link -> link.getText().contains("planned"))
                .findFirst().orElseThrow();
        assertThat(notice.getText()).matches(
                "A live workshop is planned for your cohort: The four criteria, \\d{1,2} \\w{3,4} \\d{4}, \\d{2}:\\d{2} \\(Europe/London\\)\\. Open it to join\\.");
        assertThat(notice.getHref()).isEqualTo("workshop/join?code=" + planned.code);
    }

    @Test
    void a_wrong_code_says_so_on_the_field_and_keeps_what_was_typed() {
        signInAs("trainee");
        navigate("workshop/join");
        JoinWorkshopView view = _get(JoinWorkshopView.class);
        userSets(view.code, "NOPE22");
        _click(view.join);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo("No session has that code. Check it on the trainer's screen.");
        assertThat(view.code.getValue()).isEqualTo("NOPE22");
    }

    @Test
    void the_join_link_fills_the_code_in() {
        signInAs("trainee");
        navigate("workshop/join?code=" + session.code);
        assertThat(_get(JoinWorkshopView.class).code.getValue()).isEqualTo(session.code);
    }

    @Test
    void a_member_of_the_cohort_sees_the_session_listed_and_joins_in_one_click() {
        signInAs(session.trainee("Mia Member"));
        navigate("workshop/join");
        JoinWorkshopView view = _get(JoinWorkshopView.class);
        assertThat(rendered(view.open)).contains("The four criteria").contains("Cohort ");
        _click(_get(view.open, Button.class, spec -> spec.withText("Join")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RoomView.class);
    }

    @Test
    void a_cancelled_sessions_code_is_refused_on_the_field_with_the_reason() {
        WorkshopFixture planned = new WorkshopFixture(context);
        planned.asTrainer().cancel(planned.code);
        signInAs(planned.trainee("Carl Cancelled"));
        navigate("workshop/join?code=" + planned.code);
        JoinWorkshopView view = _get(JoinWorkshopView.class);
        _click(view.join);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo("This session was cancelled by its trainer.");
    }
}
