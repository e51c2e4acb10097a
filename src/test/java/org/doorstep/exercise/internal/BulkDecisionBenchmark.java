package org.doorstep.exercise.internal;

import org.doorstep.Benchmarks;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.exercise.BulkAction;
import org.doorstep.exercise.BulkDecisionService;
import org.doorstep.exercise.BulkSelection;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.Filters;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk decision benchmark (docs/benchmarks.md): at 30,000 connections, 10,000 of them decided one by one, one
 * decision for the 20,000 "undecided only" rows through {@link BulkDecisionService}, then its undo; the physical
 * limit in the same run is one plain UPDATE of the same rows (same table, indexes and tally triggers). Checks the
 * report's tally against the rows after every step.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.doorstep.exercise.internal.BulkDecisionBenchmark</pre>
 */
public final class BulkDecisionBenchmark {

    private static final int ROWS = 30_000;
    private static final int BY_HAND = 10_000;
    private static final int RUNS = 5;
    private static final int WARM_UP = 2;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = Benchmarks.start()) {
            new BulkDecisionBenchmark(context).run();
        }
        System.exit(0);
    }

    private final ConfigurableApplicationContext context;
    private final ExerciseService exercise;
    private final BulkDecisionService bulk;
    private final JdbcTemplate jdbc;

    private BulkDecisionBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.exercise = context.getBean(ExerciseService.class);
        this.bulk = context.getBean(BulkDecisionService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    private void run() throws Exception {
        long userId = Benchmarks.traineeWithAGeneratedNetwork(context, ROWS);
        // 10,000 decided one by one (as ExerciseService.decide leaves them), spread over the list.
        jdbc.update("update connection set decision = 'KEEP' where user_id = ? and id % 3 = 0 and id in "
                + "(select id from connection where user_id = ? and id % 3 = 0 order by id limit ?)", userId, userId, BY_HAND);
        jdbc.execute("vacuum analyze connection");
        ConnectionFilter undecided = Filters.of("undecidedOnly", true);
        int total = exercise.count(ConnectionFilter.ALL);
        int target = exercise.count(undecided);
        System.out.printf("Network: %,d connections, %,d decided one by one, %,d undecided%n", total,
                total - target, target);

        List<Double> previews = new ArrayList<>();
        List<Double> decisions = new ArrayList<>();
        List<Double> undos = new ArrayList<>();
        List<Double> overrides = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            bulk.preview(BulkSelection.matching(undecided), Decision.REMOVE);
            double preview = Benchmarks.millis(start);
            start = System.nanoTime();
            BulkAction done = bulk.decide(BulkSelection.matching(undecided), Decision.REMOVE, false);
            double decide = Benchmarks.millis(start);
            check(done.decided() == target, "decided " + done.decided());
            checkTally(userId);
            start = System.nanoTime();
            int restored = bulk.undoLast();
            double undo = Benchmarks.millis(start);
            check(restored == target, "restored " + restored);
            checkTally(userId);
            // For reference: every row, overriding the 10,000 decided one by one, and back.
            start = System.nanoTime();
            bulk.decide(BulkSelection.matching(ConnectionFilter.ALL), Decision.LATER, true);
            double override = Benchmarks.millis(start);
            bulk.undoLast();
            checkTally(userId);
            // The physical limit: one plain UPDATE of the same rows with the same indexes and triggers, and back.
            start = System.nanoTime();
            jdbc.update("update connection set decision = 'REMOVE', updated_at = now() where user_id = ? and gone_at is null "
                    + "and (decision is null or decision = 'LATER')", userId);
            double update = Benchmarks.millis(start);
            jdbc.update("update connection set decision = null where user_id = ? and decision = 'REMOVE'", userId);
            if (i >= WARM_UP) {
                previews.add(preview);
                decisions.add(decide);
                undos.add(undo);
                overrides.add(override);
                plain.add(update);
            }
            jdbc.execute("vacuum connection");
        }
        System.out.printf("Preview (the confirmation's counts), ms:           %s  median %.0f%n", previews, median(previews));
        System.out.printf("Bulk decision on %,d rows (undecided only), ms: %s  median %.0f%n", target, decisions, median(decisions));
        System.out.printf("Its undo, ms:                                     %s  median %.0f%n", undos, median(undos));
        System.out.printf("Bulk decision on all %,d, overriding, ms:       %s  median %.0f%n", total, overrides, median(overrides));
        System.out.printf("Plain UPDATE of the same %,d rows (limit), ms:  %s  median %.0f%n", target, plain, median(plain));
        System.out.println("Tally exact after every bulk decision and undo.");
    }

    private void checkTally(long userId) {
        Integer wrong = jdbc.queryForObject("""
                select count(*) from exercise_tally_of(?) t,
                       (select count(*) filter (where gone_at is null) as present,
                               count(*) filter (where gone_at is null and decision is not null and decision <> 'LATER') as reviewed
                          from connection where user_id = ?) c
                 where t.connections <> c.present or t.reviewed <> c.reviewed""", Integer.class, userId, userId);
        check(wrong == 0, "the tally differs from the rows");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }


    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
