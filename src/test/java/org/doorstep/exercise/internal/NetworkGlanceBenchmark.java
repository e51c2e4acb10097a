package org.doorstep.exercise.internal;

import org.doorstep.Benchmarks;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Supplier;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.NetworkGlance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Your network at a glance" at 30,000 connections (docs/benchmarks.md): the generated export imported for a new
 * trainee, four weeks turned into bursts of 150, burst weeks marked, 3,000 decisions spread over the last 20 days;
 * then {@code ExerciseService.glance} (per-month counts, burst weeks, decided/remaining, pace) and
 * {@code biggestWeek} timed, beside one plain scan of the same rows as the floor.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.doorstep.exercise.internal.NetworkGlanceBenchmark</pre>
 */
public final class NetworkGlanceBenchmark {

    private static final int ROWS = 30_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = Benchmarks.start()) {
            new NetworkGlanceBenchmark(context).run();
        }
        System.exit(0);
    }

    private final ConfigurableApplicationContext context;
    private final ExerciseService exercise;
    private final JdbcTemplate jdbc;

    private NetworkGlanceBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.exercise = context.getBean(ExerciseService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    private void run() throws Exception {
        long user = Benchmarks.traineeWithAGeneratedNetwork(context, ROWS);
        for (String monday : new String[] {"2012-05-07", "2016-09-12", "2019-03-11", "2023-01-09"}) {
            jdbc.update("""
                    update connection set connected_on = date '%s' + (id %% 7)::int
                     where id in (select id from connection where user_id = ? and connected_on::text like '2010%%'
                                   and connected_on <> date '%s' + (id %% 7)::int order by id limit 150)""".formatted(monday, monday), user);
        }
        long start = System.nanoTime();
        jdbc.queryForList("select mark_burst_weeks(?)", user);
        System.out.printf("mark_burst_weeks on %,d connections (the import's part, for reference): %.1f ms%n",
                jdbc.queryForObject("select count(*) from connection where user_id = ?", Integer.class, user), Benchmarks.millis(start));
        jdbc.update("update connection set decision = 'REMOVE' where id in (select id from connection where user_id = ? order by id limit 3000)", user);
        jdbc.update("update connection set decided_at = decided_at - make_interval(days => (id % 20)::int) where user_id = ? and decided_at is not null", user);

        NetworkGlance glance = exercise.glance(ZoneId.of("Europe/London"));
        System.out.printf("Network: %,d connections, %d months, %d burst weeks %s, %,d decided, pace %s%n", glance.total(),
                glance.months().size(), glance.bursts().size(), glance.bursts(), glance.decided(), glance.pace());
        time("ExerciseService.glance (months, bursts, counts, pace)", () -> exercise.glance(ZoneId.of("Europe/London")));
        time("ExerciseService.biggestWeek", exercise::biggestWeek);
        time("floor: one count(*) over the same rows", () -> jdbc.queryForObject(
                "select count(*) from connection where user_id = ? and connected_on is not null", Integer.class, user));
    }

    private static void time(String what, Supplier<?> call) {
        double[] times = new double[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            if (i >= WARM_UP) {
                times[i - WARM_UP] = Benchmarks.millis(start);
            }
        }
        Arrays.sort(times);
        System.out.printf("  %-55s median %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", what, times[RUNS / 2],
                times[(int) Math.ceil(RUNS * 0.95) - 1], times[RUNS - 1]);
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
