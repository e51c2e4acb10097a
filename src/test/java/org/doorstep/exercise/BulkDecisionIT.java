package org.doorstep.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Bulk decisions against the real PostgreSQL: over a filter, over ticked rows, one-by-one decisions kept unless
 * overridden, the undo (also of undecided rows, and after a later decision made one by one), and the report's
 * tally agreeing with the rows after each step.
 */
class BulkDecisionIT extends TraineeExerciseIT {

    private static final ConnectionFilter GRANITE = Filters.of("company", "granite");

    @Autowired
    BulkDecisionService bulk;

    BulkDecisionIT() {
        super("bulk", "Bo Bulk");
    }

    @BeforeEach
    void traineeWithTheSampleNetwork() {
        exercise.importSample();
    }

    private Map<Long, Decision> decisions() {
        return exercise.page(ConnectionFilter.ALL, 0, 1000).stream()
                .collect(Collectors.toMap(ConnectionRow::id, row -> row.decision() == null ? Decision.LATER : row.decision(),
                        (a, b) -> a, java.util.TreeMap::new));
    }

    private Map<Long, ConnectionRow> rows() {
        return exercise.page(ConnectionFilter.ALL, 0, 1000).stream().collect(Collectors.toMap(ConnectionRow::id, Function.identity()));
    }

    /** The report's tally (V006, kept by triggers) is what counting the rows gives. */
    private void assertTallyExact() {
        ExerciseSummary counted = exercise.summary();
        List<Integer> tally = jdbc.query("select connections, reviewed, removed from exercise_tally_of(?)",
                (rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)), userId).stream().findFirst().orElse(List.of(0, 0, 0));
        assertThat(tally).isEqualTo(List.of(counted.total(), counted.reviewed(), counted.removedOnLinkedIn()));
    }

    @Test
    void a_bulk_decision_over_a_filter_decides_every_match_in_sql_and_the_undo_makes_them_undecided_again() {
        List<ConnectionRow> granite = exercise.page(GRANITE, 0, 100);
        assertThat(bulk.preview(BulkSelection.matching(GRANITE), Decision.REMOVE)).isEqualTo(new BulkPreview(10, 0));

        BulkAction done = bulk.decide(BulkSelection.matching(GRANITE), Decision.REMOVE, false);
        assertThat(done.decided()).isEqualTo(10);
        assertThat(exercise.page(GRANITE, 0, 100)).allSatisfy(row -> assertThat(row.decision()).isEqualTo(Decision.REMOVE));
        assertThat(exercise.counts().reviewed()).isEqualTo(10);
        assertTallyExact();
        assertThat(bulk.undoable()).get().extracting(BulkAction::id, BulkAction::decided).containsExactly(done.id(), 10);

        assertThat(bulk.undoLast()).isEqualTo(10);
        assertThat(exercise.page(GRANITE, 0, 100)).extracting(ConnectionRow::decision).containsOnlyNulls();
        assertThat(exercise.page(GRANITE, 0, 100)).isEqualTo(granite);
        assertThat(exercise.counts().reviewed()).isZero();
        assertTallyExact();
        assertThat(bulk.undoable()).as("only the last bulk action, once").isEmpty();
        assertThat(bulk.undoLast()).isZero();
    }

    @Test
    void a_bulk_decision_over_ticked_rows_decides_those_alone() {
        List<Long> ticked = exercise.page(ConnectionFilter.ALL, 5, 3).stream().map(ConnectionRow::id).toList();
        Map<Long, Decision> before = decisions();

        assertThat(bulk.decide(BulkSelection.ticked(Set.copyOf(ticked)), Decision.REACH_OUT, false).decided()).isEqualTo(3);

        Map<Long, ConnectionRow> after = rows();
        before.forEach((id, decision) -> assertThat(after.get(id).decision())
                .isEqualTo(ticked.contains(id) ? Decision.REACH_OUT : null));
        assertThat(ticked).allSatisfy(id -> assertThat(after.get(id).reachOutDue()).as("due in two weeks, as one by one").isNotNull());
        assertTallyExact();

        bulk.undoLast();
        assertThat(rows().values()).allSatisfy(row -> {
            assertThat(row.decision()).isNull();
            assertThat(row.reachOutDue()).isNull();
        });
        assertTallyExact();
    }

    @Test
    void decisions_made_one_by_one_survive_a_bulk_action_unless_the_trainee_overrides_and_the_undo_restores_them() {
        List<ConnectionRow> granite = exercise.page(GRANITE, 0, 100);
        exercise.decide(granite.get(0).id(), Decision.KEEP);
        exercise.decide(granite.get(1).id(), Decision.REACH_OUT);
        exercise.decide(granite.get(2).id(), Decision.REMOVE);
        exercise.setCriterion(granite.get(3).id(), Criterion.SPOKEN, true);

        BulkPreview preview = bulk.preview(BulkSelection.matching(GRANITE), Decision.REMOVE);
        assertThat(preview).as("the one already decided remove is no exception").isEqualTo(new BulkPreview(10, 2));
        assertThat(preview.toDecide(false)).isEqualTo(8);
        BulkAction kept = bulk.decide(BulkSelection.matching(GRANITE), Decision.REMOVE, false);
        assertThat(kept.decided()).isEqualTo(8);
        assertThat(kept.keptOneByOne()).isEqualTo(2);
        Map<Long, ConnectionRow> now = rows();
        assertThat(now.get(granite.get(0).id()).decision()).isEqualTo(Decision.KEEP);
        assertThat(now.get(granite.get(1).id()).decision()).isEqualTo(Decision.REACH_OUT);
        assertThat(now.get(granite.get(3).id()).criteria()).as("criteria stay individual").containsExactly(Criterion.SPOKEN);
        assertTallyExact();

        // Overriding: a second bulk action over the same filter changes the two, and its undo gives them back.
        BulkAction overridden = bulk.decide(BulkSelection.matching(GRANITE), Decision.WEAK_TIE, true);
        assertThat(overridden.decided()).isEqualTo(10);
        assertThat(exercise.page(GRANITE, 0, 100)).extracting(ConnectionRow::decision).containsOnly(Decision.WEAK_TIE);
        assertTallyExact();

        bulk.undoLast();
        now = rows();
        assertThat(now.get(granite.get(0).id()).decision()).isEqualTo(Decision.KEEP);
        assertThat(now.get(granite.get(1).id()).decision()).isEqualTo(Decision.REACH_OUT);
        assertThat(now.get(granite.get(2).id()).decision()).isEqualTo(Decision.REMOVE);
        assertThat(now.get(granite.get(4).id()).decision()).as("back to the first bulk action's").isEqualTo(Decision.REMOVE);
        assertTallyExact();

        // Restored as decided one by one: protected from the next bulk action again.
        assertThat(bulk.preview(BulkSelection.matching(GRANITE), Decision.LATER).decidedOneByOne()).isEqualTo(3);
    }

    @Test
    void a_decision_made_one_by_one_after_a_bulk_action_takes_that_row_out_of_the_undo() {
        bulk.decide(BulkSelection.matching(GRANITE), Decision.REMOVE, false);
        long changedMyMind = exercise.page(GRANITE, 0, 1).getFirst().id();
        exercise.decide(changedMyMind, Decision.KEEP);

        assertThat(bulk.undoLast()).isEqualTo(9);
        assertThat(rows().get(changedMyMind).decision()).isEqualTo(Decision.KEEP);
        assertThat(exercise.counts().reviewed()).isEqualTo(1);
        assertTallyExact();
    }

    @Test
    void undecided_only_and_a_year_select_in_sql_and_removals_ticked_on_linkedin_keep_the_tally_exact() {
        ConnectionFilter undecided2010 = Filters.of(Map.of("undecidedOnly", true, "year", 2010));
        long decided = exercise.page(Filters.of("year", 2010), 0, 1).getFirst().id();
        exercise.decide(decided, Decision.REMOVE);
        exercise.setRemovedOnLinkedIn(decided, true);
        assertThat(bulk.preview(BulkSelection.matching(undecided2010), Decision.REMOVE)).isEqualTo(new BulkPreview(6, 0));

        bulk.decide(BulkSelection.matching(undecided2010), Decision.REMOVE, false);
        assertThat(exercise.summary().remove()).isEqualTo(7);
        assertTallyExact();
        bulk.undoLast();
        assertThat(rows().get(decided).decision()).isEqualTo(Decision.REMOVE);
        assertThat(exercise.summary().remove()).isEqualTo(1);
        assertTallyExact();
    }

    @Test
    void the_undo_survives_a_new_session_and_goes_with_the_deleted_network() {
        BulkAction done = bulk.decide(BulkSelection.matching(GRANITE), Decision.KEEP, false);
        assertThat(jdbc.queryForObject("select count(*) from connection where user_id = ? and bulk_decision_id = ?",
                Integer.class, userId, done.id())).as("saved in the database, not the session").isEqualTo(10);

        exercise.deleteAllMyNetworkData();
        assertThat(bulk.undoable()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from bulk_decision where user_id = ?", Integer.class, userId)).isZero();
    }

    @Test
    void nobody_else_s_connections_can_be_decided_by_ticking_their_ids_nor_undone() {
        Set<Long> mine = Set.of(exercise.page(ConnectionFilter.ALL, 0, 1).getFirst().id());
        String other = TestData.in(context).demoTrainee("other", "Oto Other").username();
        TestSignIn.as(context, other);
        exercise.importSample();
        bulk.decide(BulkSelection.matching(ConnectionFilter.ALL), Decision.KEEP, false);
        assertThat(bulk.decide(BulkSelection.ticked(mine), Decision.REMOVE, false).decided()).isZero();

        TestSignIn.as(context, jdbc.queryForObject("select username from app_user where id = ?", String.class, userId));
        assertThat(exercise.counts().reviewed()).isZero();
        assertThat(bulk.undoable()).isEmpty();
        assertThat(bulk.undoLast()).isZero();
    }

    @Test
    void trainers_managers_and_admins_cannot_decide_in_bulk_nor_undo() {
        for (String role : new String[] {"trainer", "manager", "admin"}) {
            TestSignIn.as(context, role);
            assertThatThrownBy(() -> bulk.decide(BulkSelection.matching(ConnectionFilter.ALL), Decision.KEEP, true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bulk.undoLast()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
