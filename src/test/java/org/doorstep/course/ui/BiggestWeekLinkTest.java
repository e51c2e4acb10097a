package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.exercise.BurstNetwork;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ui.ExerciseView;
import org.doorstep.exercise.ui.ImportView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "72-contacts week" lesson's link to the trainee's own biggest week. */
class BiggestWeekLinkTest extends KaribuTest {

    @Autowired
    ExerciseService exercise;

    private static void openTheStep() {
        navigate("course/collecting-is-not-connecting");
        _click(_get(Button.class, spec -> spec.withClasses("step-list-item").withText("Your own biggest week")));
    }

    private static Button link() {
        return _get(Button.class, spec -> spec.withClasses("biggest-week-link"));
    }

    @Test
    void a_trainee_with_an_imported_network_is_shown_their_biggest_week_and_taken_to_it_in_the_triage() {
        signInAs(TestData.in(context).demoTrainee("week", "Wes Week").username());
        exercise.importFile(BurstNetwork.export(), "Connections.csv");
        openTheStep();

        assertThat(link().getText()).isEqualTo("Your biggest week: 11 Mar 2019, 72 new connections — see them");
        _click(link());

        assertThat(currentView()).isEqualTo(ExerciseView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("week", List.of("2019-03-11"));
    }

    @Test
    void a_trainee_without_a_network_is_offered_the_import_instead() {
        signInAs(TestData.in(context).demoTrainee("week", "Nell Nothing").username());
        openTheStep();

        assertThat(link().getText()).isEqualTo("Import your network to find your biggest week");
        _click(link());

        assertThat(currentView()).isEqualTo(ImportView.class);
    }

    @Test
    void a_trainer_playing_the_lesson_reads_what_a_trainee_would_see_without_any_network_being_read() {
        signInAs("trainer");
        openTheStep();

        assertThat(_find(Button.class, spec -> spec.withClasses("biggest-week-link"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("biggest-week-preview")).getText())
                .startsWith("A trainee who has imported their network sees their own biggest week here");
    }
}
