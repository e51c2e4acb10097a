package org.doorstep.exercise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import org.doorstep.KaribuTest;
import org.doorstep.TestSignIn;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Criterion;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The triage as a trainee uses it: sample network, keyboard, filters, saved at once. */
class ExerciseViewTest extends KaribuTest {

    @Autowired
    ExerciseService exercise;

    @BeforeEach
    void traineeWithTheSampleNetwork() {
        String username = TestSignIn.newTrainee(context, "triage", "Tia Triage");
        signInAs(username);
        navigate("exercise");
        _click(_get(Button.class, spec -> spec.withClasses("use-sample")));
        navigate("exercise");
    }

    private ExerciseView view() {
        return _get(ExerciseView.class);
    }

    private ConnectionRow first() {
        return exercise.page(ConnectionFilter.ALL, 0, 1).getFirst();
    }

    @Test
    void the_sample_network_fills_the_list_newest_first_with_the_first_person_selected() {
        assertThat(GridKt._size(view().grid)).isEqualTo(exercise.counts().total()).isGreaterThan(50);
        assertThat(view().detail.shown()).isEqualTo(first());
        assertThat(view().progressText.getText()).isEqualTo("0 of " + exercise.counts().total() + " reviewed");
    }

    @Test
    void keys_one_to_four_toggle_the_criteria_and_are_saved_at_once() {
        long id = first().id();
        view().onKey("1");
        view().onKey("3");
        view().onKey("3");
        ConnectionRow saved = exercise.page(ConnectionFilter.ALL, 0, 1).getFirst();
        assertThat(saved.id()).isEqualTo(id);
        assertThat(saved.criteria()).containsExactly(Criterion.SPOKEN);
        assertThat(view().detail.saved.getText()).startsWith("Saved: criteria for");
    }

    @Test
    void a_decision_key_records_it_and_moves_to_the_next_person() {
        ConnectionRow firstRow = first();
        ConnectionRow second = exercise.page(ConnectionFilter.ALL, 1, 1).getFirst();
        view().onKey("K");
        assertThat(exercise.page(ConnectionFilter.ALL, 0, 1).getFirst().decision()).isEqualTo(Decision.KEEP);
        assertThat(view().detail.shown().id()).isEqualTo(second.id());
        view().onKey("r");
        view().onKey("ArrowUp");
        assertThat(view().detail.shown().id()).isEqualTo(second.id());
        view().onKey("ArrowUp");
        assertThat(view().detail.shown().id()).isEqualTo(firstRow.id());
        assertThat(view().progressText.getText()).startsWith("2 of ");
    }

    @Test
    void undecided_only_hides_people_already_decided() {
        int total = exercise.counts().total();
        view().onKey("w");
        view().onKey("o");
        TriageFilters filters = _get(TriageFilters.class);
        filters.undecidedOnly.setValue(true);
        assertThat(GridKt._size(view().grid)).isEqualTo(total - 2);
    }

    @Test
    void the_name_filter_finds_a_person_whatever_the_case() {
        ConnectionRow someone = exercise.page(ConnectionFilter.ALL, 10, 1).getFirst();
        _get(TriageFilters.class).name.setValue(someone.lastName().toUpperCase());
        assertThat(GridKt._size(view().grid)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._get(view().grid, 0).lastName()).isEqualTo(someone.lastName());
    }

    @Test
    void a_filter_nobody_matches_says_so_instead_of_showing_a_blank_list() {
        _get(TriageFilters.class).name.setValue("nobody-is-called-this");
        assertThat(GridKt._size(view().grid)).isZero();
        assertThat(view().grid.getEmptyStateText()).startsWith("Nobody matches these filters.");
        assertThat(view().detail.shown()).isNull();
    }
}
