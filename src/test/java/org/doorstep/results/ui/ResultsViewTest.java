package org.doorstep.results.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.base.ui.Chart;
import org.doorstep.base.ui.HomeView;
import org.doorstep.results.ResultsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ResultsViewTest extends KaribuTest {

    @Autowired
    ResultsService results;

    private ResultsView view;

    @BeforeEach
    void freshTrainee() {
        String username = TestData.in(context).demoTrainee("results", "Rae Results").username();
        signInAs(username);
        navigate("results");
        view = _get(ResultsView.class);
    }

    private void enter(LocalDate date, Integer views) {
        view.form.takenOn.setValue(date);
        view.form.profileViews.setValue(views);
    }

    @Test
    void before_any_entry_the_page_says_to_record_a_baseline_instead_of_showing_empty_figures() {
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(rendered(view.empty)).contains("No figures yet").contains("Record my baseline");
        assertThat(view.change.isVisible()).isFalse();

        enter(LocalDate.now().minusDays(3), 40);
        _click(view.form.save);

        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.change.isVisible()).isTrue();
        assertThat(rendered(view.ratios)).contains("Profile views — needs a baseline and a follow-up");
    }

    @Test
    void the_first_entry_is_the_baseline_and_later_ones_are_follow_ups_with_the_ratio_shown() {
        assertThat(view.form.baseline.getValue()).isTrue();
        assertThat(view.form.baseline.isReadOnly()).isTrue();
        enter(LocalDate.now().minusDays(90), 40);
        _click(view.form.save);
        assertThat(view.form.baseline.getValue()).isFalse();

        enter(LocalDate.now().minusDays(40), 70);
        _click(view.form.save);
        enter(LocalDate.now().minusDays(5), 128);
        _click(view.form.save);

        assertThat(GridKt._size(view.entries)).isEqualTo(3);
        assertThat(rendered(view.ratios)).contains("Profile views × 3.2 since your baseline")
                .contains("Followers — needs a baseline and a follow-up");
        Chart views = _get(view.charts, Chart.class);
        assertThat(views.getData().datasets().getFirst().values()).containsExactly(40.0, 70.0, 128.0);
    }

    @Test
    void every_validation_message_shows_on_its_field_and_nothing_is_saved() {
        enter(LocalDate.now().plusDays(1), 10);
        _click(view.form.save);
        assertThat(view.form.takenOn.getErrorMessage()).isEqualTo("The date cannot be in the future.");

        enter(LocalDate.now(), null);
        _click(view.form.save);
        assertThat(view.form.profileViews.getErrorMessage()).isEqualTo("Enter your profile views: the one figure every entry needs.");

        enter(LocalDate.now(), 10);
        view.form.ssiBrand.setValue(12);
        _click(view.form.save);
        assertThat(view.form.ssiPeople.getErrorMessage()).isEqualTo("Enter all four SSI pillars, or none.");

        view.form.ssiPeople.setValue(30);
        view.form.ssiInsights.setValue(1);
        view.form.ssiRelationships.setValue(1);
        _click(view.form.save);
        assertThat(view.form.ssiPeople.getErrorMessage()).isEqualTo("Each SSI pillar is a whole number from 0 to 25.");
        assertThat(view.form.ssiBrand.isInvalid()).isFalse();
        assertThat(results.mySnapshots()).isEmpty();
    }

    @Test
    void a_follow_up_dated_before_the_baseline_is_refused() {
        enter(LocalDate.now().minusDays(10), 40);
        _click(view.form.save);
        enter(LocalDate.now().minusDays(20), 50);
        _click(view.form.save);
        assertThat(view.form.takenOn.getErrorMessage()).isEqualTo("A follow-up must be dated after your baseline.");
        assertThat(results.mySnapshots()).hasSize(1);
    }

    @Test
    void an_entry_can_be_edited_and_deleted() {
        enter(LocalDate.now().minusDays(10), 40);
        _click(view.form.save);
        view.form.edit(results.mySnapshots().getFirst());
        view.form.profileViews.setValue(44);
        _click(view.form.save);
        assertThat(results.mySnapshots().getFirst().profileViews()).isEqualTo(44);
        results.delete(results.mySnapshots().getFirst().id());
        view.refresh();
        assertThat(GridKt._size(view.entries)).isZero();
    }

    @Test
    void the_pruning_date_sets_the_follow_ups_and_an_overdue_one_is_flagged_at_home() {
        enter(LocalDate.now().minusDays(100), 40);
        _click(view.form.save);
        results.setPruningFinishedOn(LocalDate.now().minusDays(95));
        view.refresh();
        assertThat(rendered(view.followUps)).contains("+30 days").contains("overdue");

        navigate("");
        assertThat(rendered(_get(HomeView.class))).contains("A results follow-up is overdue");
    }
}
