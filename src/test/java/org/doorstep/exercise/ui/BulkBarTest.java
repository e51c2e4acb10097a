package org.doorstep.exercise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.Filters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deciding many at once in the triage: ticks, the filter's count, the confirmation, the override and the Undo. */
class BulkBarTest extends KaribuTest {

    @Autowired
    ExerciseService exercise;

    @BeforeEach
    void traineeWithTheSampleNetwork() {
        signInAs(TestData.in(context).demoTrainee("bulkview", "Bea Bulk").username());
        navigate("exercise");
        _click(_get(Button.class, spec -> spec.withClasses("use-sample")));
        navigate("exercise");
    }

    private ExerciseView view() {
        return _get(ExerciseView.class);
    }

    private BulkBar bar() {
        return view().bulkBar;
    }

    /** The text of the last bulk notice (a notification with an Undo button beside its text). */
    private String notice() {
        assertThat(bar().notice.isOpened()).isTrue();
        return _get(bar().notice, Span.class, spec -> spec.withClasses("bulk-notice-text")).getText();
    }

    private List<ConnectionRow> granite() {
        return exercise.page(Filters.of("company", "granite"), 0, 100);
    }

    @Test
    void ticked_rows_are_counted_confirmed_with_their_count_decided_and_undone_from_the_notification() {
        List<ConnectionRow> three = exercise.page(ConnectionFilter.ALL, 0, 3);
        three.forEach(row -> view().tick(row, true));
        bar().decision.setValue(Decision.REMOVE);
        assertThat(bar().decideTicked.getText()).isEqualTo("Decide the 3 ticked…");

        _click(bar().decideTicked);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Remove 3 connections?");
        assertThat(bar().override.isAttached()).as("nothing decided one by one: no box to tick").isFalse();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(exercise.page(ConnectionFilter.ALL, 0, 3)).extracting(ConnectionRow::decision).containsOnly(Decision.REMOVE);
        assertThat(exercise.page(ConnectionFilter.ALL, 3, 1).getFirst().decision()).isNull();
        assertThat(view().ticked).isEmpty();
        assertThat(view().progressText.getText()).startsWith("3 of ");
        assertThat(notice()).isEqualTo("3 connections marked Remove.");
        assertThat(bar().undo.isVisible()).isTrue();
        assertThat(bar().undo.getText()).isEqualTo("Undo: 3 marked Remove");

        _click(_get(bar().notice, Button.class, spec -> spec.withClasses("bulk-notice-undo")));
        assertThat(exercise.counts().reviewed()).isZero();
        assertThat(view().progressText.getText()).startsWith("0 of ");
        assertThat(bar().undo.isVisible()).as("one undo only").isFalse();
    }

    @Test
    void every_connection_the_filter_matches_is_counted_and_one_by_one_decisions_stay_unless_the_box_is_ticked() {
        List<ConnectionRow> granite = granite();
        exercise.decide(granite.get(0).id(), Decision.KEEP);
        exercise.decide(granite.get(1).id(), Decision.KEEP);
        navigate("exercise");
        _get(TriageFilters.class).company.setValue("Granite");
        bar().decision.setValue(Decision.REMOVE);
        assertThat(bar().decideAll.getText()).isEqualTo("Decide all 10 matching the filters…");

        _click(bar().decideAll);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Remove 8 connections?");
        assertThat(bar().override.getLabel()).isEqualTo("Also change the 2 I decided one by one");
        bar().override.setValue(true);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Remove 10 connections?");
        assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("Remove 10");
        bar().override.setValue(false);
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(notice()).isEqualTo("8 connections marked Remove. 2 decided one by one kept theirs.");
        assertThat(exercise.page(ConnectionFilter.ALL, 0, 100).stream().filter(row -> row.decision() == Decision.KEEP))
                .extracting(ConnectionRow::id).containsExactlyInAnyOrder(granite.get(0).id(), granite.get(1).id());
        assertThat(exercise.counts().count(Decision.REMOVE)).isEqualTo(8);
    }

    @Test
    void the_undo_stays_on_the_bar_after_a_reload_until_used() {
        _get(TriageFilters.class).company.setValue("Granite");
        bar().decision.setValue(Decision.WEAK_TIE);
        _click(bar().decideAll);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        navigate("exercise");
        assertThat(bar().undo.isVisible()).isTrue();
        assertThat(bar().undo.getText()).isEqualTo("Undo: 10 marked Weak tie");
        _click(bar().undo);
        assertThat(notice()).isEqualTo("10 connections are back to their previous decisions.");
        assertThat(exercise.counts().reviewed()).isZero();
        assertThat(bar().undo.isVisible()).isFalse();
    }

    @Test
    void x_ticks_and_unticks_the_current_row_and_a_new_filter_clears_the_ticks() {
        long current = view().detail.shown().id();
        view().onKey("x");
        assertThat(view().ticked).containsExactly(current);
        view().onKey("X");
        assertThat(view().ticked).isEmpty();

        view().tickPage.setValue(true);
        assertThat(view().ticked).hasSize(50);
        view().onKey("x");
        assertThat(view().ticked).hasSize(49).doesNotContain(current);
        assertThat(bar().decideTicked.isEnabled()).as("no decision chosen yet").isFalse();
        _get(TriageFilters.class).undecidedOnly.setValue(true);
        assertThat(view().ticked).isEmpty();
        assertThat(bar().decideTicked.getText()).isEqualTo("Decide the 0 ticked…");
    }
}
