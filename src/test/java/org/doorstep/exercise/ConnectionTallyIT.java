package org.doorstep.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.TestSignIn;
import org.junit.jupiter.api.Test;

/**
 * The tally the reports read (kept by triggers, V006) agrees with counting the connections themselves
 * after every kind of change: first import, decisions, ticks, a re-import that marks people gone,
 * deleting the network and deleting the account.
 */
class ConnectionTallyIT extends TraineeExerciseIT {

    ConnectionTallyIT() {
        super("tally", "Tia Tally");
    }

    /** Counts only: connections not gone, of them decided, and removed on LinkedIn or gone since. */
    private record Tally(int connections, int reviewed, int removed) {
        static final Tally NONE = new Tally(0, 0, 0);
    }

    /** The tally's counts as reports read them (exercise_tally_of, V008), or zeros when the trainee has no row. */
    private Tally tally() {
        return jdbc.query("select connections, reviewed, removed from exercise_tally_of(?)",
                (rs, n) -> new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3)), userId)
                .stream().findFirst().orElse(Tally.NONE);
    }

    /** The same counts straight from the connection rows. */
    private Tally counted() {
        ExerciseSummary summary = exercise.summary();
        return new Tally(summary.total(), summary.reviewed(), summary.removedOnLinkedIn());
    }

    @Test
    void the_tally_follows_imports_decisions_ticks_gone_people_and_deletion() {
        exercise.importSample();
        assertThat(tally()).isEqualTo(counted()).isEqualTo(new Tally(132, 0, 0));

        var people = exercise.page(ConnectionFilter.ALL, 0, 10);
        people.subList(0, 4).forEach(p -> exercise.decide(p.id(), Decision.REMOVE));
        exercise.decide(people.get(4).id(), Decision.LATER);
        exercise.decide(people.get(5).id(), Decision.KEEP);
        exercise.setRemovedOnLinkedIn(people.get(0).id(), true);
        exercise.setCriterion(people.get(6).id(), Criterion.SPOKEN, true);
        exercise.decide(people.get(5).id(), null);
        assertThat(tally()).isEqualTo(counted()).isEqualTo(new Tally(132, 4, 1));

        // A later export with only the first person (decided remove and ticked) and one newcomer: 131 are gone.
        ConnectionRow first = people.get(0);
        exercise.importFile(ExportFiles.write(ExportFiles.PREAMBLE
                + first.firstName() + "," + first.lastName() + "," + first.profileUrl() + ",,Acme,Manager,01 Jan 2020\n"
                + ExportFiles.row("Noah", "Young", "noah-young-4", "Northwind", "23 Nov 2025")), "Connections.csv");
        assertThat(tally()).isEqualTo(counted()).isEqualTo(new Tally(2, 1, 4));

        exercise.deleteAllMyNetworkData();
        assertThat(tally()).isEqualTo(counted()).isEqualTo(Tally.NONE);
    }

    @Test
    void a_deleted_account_leaves_no_tally_behind() {
        exercise.importSample();
        TestSignIn.out(context);
        jdbc.update("delete from app_user where id = ?", userId);
        assertThat(jdbc.queryForObject("select count(*) from connection_tally where user_id = ?", Integer.class, userId)).isZero();
    }
}
