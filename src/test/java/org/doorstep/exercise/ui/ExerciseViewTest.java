package org.doorstep.exercise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Criterion;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The triage as a trainee uses it: sample network, keyboard, filters, saved at once. */
class ExerciseViewTest extends KaribuTest {

    @Autowired
    ExerciseService exercise;

    @BeforeEach
    void traineeWithTheSampleNetwork() {
        String username = TestData.in(context).demoTrainee("triage", "Tia Triage").username();
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

    // --- the phone's card (the stylesheet shows it instead of the list under 600 px) ---

    @Test
    void the_card_shows_the_first_person_with_where_they_are_in_the_list() {
        PersonCard card = view().card;
        assertThat(card.shown()).isEqualTo(first());
        assertThat(card.position.getText()).isEqualTo("1 of " + exercise.counts().total() + " · 0 reviewed");
        assertThat(card.previous.isEnabled()).as("nobody before the first").isFalse();
        assertThat(card.next.isEnabled()).isTrue();
    }

    @Test
    void tapping_a_criterion_on_the_card_saves_it_and_shows_it_pressed() {
        PersonCard card = view().card;
        long id = first().id();
        _click(card.toggle(Criterion.UNDERSTANDS));
        assertThat(exercise.page(ConnectionFilter.ALL, 0, 1).getFirst().criteria()).containsExactly(Criterion.UNDERSTANDS);
        assertThat(card.meets(Criterion.UNDERSTANDS)).isTrue();
        assertThat(card.toggle(Criterion.UNDERSTANDS).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(card.saved.getText()).isEqualTo("Saved: criteria for " + first().name() + ".");
        assertThat(card.shown().id()).as("a criterion does not move on").isEqualTo(id);

        _click(card.toggle(Criterion.UNDERSTANDS));
        assertThat(exercise.page(ConnectionFilter.ALL, 0, 1).getFirst().criteria()).isEmpty();
        assertThat(card.toggle(Criterion.UNDERSTANDS).getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void a_decision_on_the_card_saves_it_and_moves_to_the_next_person() {
        PersonCard card = view().card;
        ConnectionRow firstRow = first();
        ConnectionRow second = exercise.page(ConnectionFilter.ALL, 1, 1).getFirst();
        _click(card.decisions.get(Decision.REMOVE));
        assertThat(exercise.page(ConnectionFilter.ALL, 0, 1).getFirst().decision()).isEqualTo(Decision.REMOVE);
        assertThat(card.shown().id()).isEqualTo(second.id());
        assertThat(view().detail.shown().id()).as("the desktop panel follows").isEqualTo(second.id());
        assertThat(card.saved.getText()).isEqualTo("Saved: decision for " + firstRow.name() + ".");
        assertThat(card.position.getText()).isEqualTo("2 of " + exercise.counts().total() + " · 1 reviewed");

        _click(card.previous);
        assertThat(card.shown().id()).isEqualTo(firstRow.id());
        assertThat(card.decisions.get(Decision.REMOVE).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _click(card.next);
        assertThat(card.shown().id()).isEqualTo(second.id());
    }

    @Test
    void a_swipe_leftwards_shows_the_next_person_and_rightwards_the_previous_without_deciding() {
        PersonCard card = view().card;
        ConnectionRow firstRow = first();
        ConnectionRow second = exercise.page(ConnectionFilter.ALL, 1, 1).getFirst();
        swipe(card, true);
        assertThat(card.shown().id()).isEqualTo(second.id());
        swipe(card, false);
        assertThat(card.shown().id()).isEqualTo(firstRow.id());
        assertThat(exercise.counts().reviewed()).isZero();
    }

    /** What the card's script sends when a finger moves across it: detail true for leftwards (next). */
    private static void swipe(PersonCard card, boolean leftwards) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("event.detail", leftwards);
        ElementUtilsKt._fireDomEvent(card.getElement(), new DomEvent(card.getElement(), "person-swipe", data));
    }

    @Test
    void the_card_says_so_when_a_filter_matches_nobody() {
        PersonCard card = view().card;
        _get(TriageFilters.class).name.setValue("nobody-is-called-this");
        assertThat(card.shown()).isNull();
        assertThat(card.nobody.isVisible()).isTrue();
        assertThat(card.nobody.getText()).startsWith("Nobody matches these filters.");
        assertThat(card.decisions.get(Decision.KEEP).isEnabled()).isFalse();
    }
}
