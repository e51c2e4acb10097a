package org.doorstep.exercise.internal;

import org.doorstep.Benchmarks;
import java.util.List;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Likely strangers first" benchmark (docs/benchmarks.md): a 30,000-connection network with the export's
 * evidence set as an import of messages.csv and Invitations.csv would, a burst of 72 in the week of 11 Mar 2019,
 * 3,000 decisions; then server time of the triage's page of 50 in that order, at the top and deep in the list.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.doorstep.exercise.internal.StrangersBenchmark</pre>
 */
public final class StrangersBenchmark {

    private static final int ROWS = 30_000;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = Benchmarks.start()) {
            new StrangersBenchmark(context).run();
        }
        System.exit(0);
    }

    private final ConfigurableApplicationContext context;
    private final ExerciseService exercise;
    private final JdbcTemplate jdbc;

    private StrangersBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.exercise = context.getBean(ExerciseService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    private void run() throws Exception {
        long userId = Benchmarks.traineeWithAGeneratedNetwork(context, ROWS);
        evidence(userId);
        var first = exercise.page(ConnectionFilter.ALL, 0, 3000);
        for (int i = 0; i < first.size(); i += 3) {
            exercise.decide(first.get(i).id(), Decision.values()[i % 5]);
        }
        jdbc.execute("vacuum analyze connection");
        System.out.printf("Network: %,d connections, %,d in burst weeks, stranger scores %s%n",
                exercise.count(ConnectionFilter.ALL), exercise.count(ConnectionFilter.ALL.withBurstWeek(true)),
                jdbc.queryForList("select stranger_score || ': ' || count(*) from connection where user_id = ? "
                        + "group by stranger_score order by stranger_score desc", String.class, userId));
        pages();
    }

    /** Evidence as the import would leave it: 35 % messaged, 40 % invited by them (half bare), 1 % hidden, a burst. */
    private void evidence(long userId) {
        jdbc.update("""
                update connection set
                    message_count = case when id % 20 < 7 then 1 + id % 13 else 0 end,
                    invited_by_them = case when id % 5 < 2 then true when id % 5 = 2 then false end,
                    invitation_note = case when id % 5 = 1 then 'Good to meet you at the conference' end,
                    position = case when id % 100 = 0 then null else position end,
                    company = case when id % 100 = 0 then null else company end
                 where user_id = ?""", userId);
        jdbc.update("""
                update connection set connected_on = date '2019-03-11' + (id % 7)::int
                 where id in (select id from connection where user_id = ? order by id limit 72)""", userId);
        long start = System.nanoTime();
        jdbc.queryForObject("select mark_burst_weeks(?)::text", String.class, userId);
        System.out.printf("mark_burst_weeks on the whole network (first run, writes every burst row): %.1f ms%n", Benchmarks.millis(start));
    }

    private void pages() {
        ConnectionFilter strangers = ConnectionFilter.ALL.withStrangersFirst(true);
        List<Benchmarks.PageCase> cases = List.of(
                new Benchmarks.PageCase("strangers first, first page", strangers, 0),
                new Benchmarks.PageCase("strangers first, offset 10,000", strangers, 10_000),
                new Benchmarks.PageCase("strangers first, offset 25,000", strangers, 25_000),
                new Benchmarks.PageCase("strangers first, last page (offset 29,950)", strangers, 29_950),
                new Benchmarks.PageCase("strangers first, undecided only, offset 10,000", strangers.withUndecidedOnly(true), 10_000),
                new Benchmarks.PageCase("strangers first, never messaged, offset 10,000", strangers.withNeverMessaged(true), 10_000),
                new Benchmarks.PageCase("burst week, never messaged (any order)", ConnectionFilter.ALL.withBurstWeek(true).withNeverMessaged(true), 0),
                new Benchmarks.PageCase("week of 11 Mar 2019", ConnectionFilter.ALL.withWeek(java.time.LocalDate.of(2019, 3, 11)), 0),
                // The same run's reference: newest first (the triage's own order, V024's index), as in ImportBenchmark.
                new Benchmarks.PageCase("reference: newest first, offset 15,000", ConnectionFilter.ALL, 15_000),
                new Benchmarks.PageCase("reference: newest first, undecided only, offset 10,000",
                        ConnectionFilter.ALL.withUndecidedOnly(true), 10_000));
        System.out.printf("%nTriage page fetch (50 rows + the count the grid asks for), ms:%n");
        Benchmarks.timePages(exercise, cases);
    }


}
