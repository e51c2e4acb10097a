package org.doorstep.reports;

import org.doorstep.Benchmarks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.doorstep.TestSignIn;
import org.doorstep.base.DateRange;
import org.doorstep.course.CourseService;
import org.doorstep.course.Lesson;
import org.doorstep.security.MemberScope;
import org.doorstep.security.TeamDirectory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Team report benchmark (docs/benchmarks.md). Generates 5,000 trainees in 25 teams of one manager, with
 * course progress and learning events, connections (70 % imported, 50–950 each, partly decided),
 * results entries and pruning dates, straight into the throw-away embedded PostgreSQL; then times what
 * the /reports grid asks of {@link ReportsService} (figures, count, one page sorted by each kind of
 * column; server time of the service call) for several filters, the SQL functions it joins, and the CSV
 * and PDF of all 5,000.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.doorstep.reports.ReportBenchmark</pre>
 */
public final class ReportBenchmark {

    private static final int TRAINEES = 5_000;
    private static final int TEAMS = 25;
    private static final int COHORTS = 10;
    private static final int WARM_UP = 5;
    private static final int RUNS = 30;
    /** The grid's page size, Vaadin's default. */
    private static final int PAGE = 50;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = Benchmarks.start()) {
            new ReportBenchmark(context).run();
        }
        System.exit(0);
    }

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final ReportsService reports;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private ReportBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.reports = context.getBean(ReportsService.class);
    }

    private void run() throws IOException {
        long start = System.nanoTime();
        String manager = new ReportData(context, suffix).generate(TRAINEES, TEAMS, COHORTS);
        System.out.printf("Generated in %.0f s: %s%n", Benchmarks.millis(start) / 1000, jdbc.queryForObject("""
                select format('%s trainees, %s lesson rows, %s learning events, %s connections, %s results entries',
                    (select count(*) from user_role where role = 'TRAINEE'), (select count(*) from lesson_progress),
                    (select count(*) from learning_event), (select count(*) from connection), (select count(*) from result_snapshot))""",
                String.class));
        TestSignIn.as(context, manager);
        TeamDirectory directory = context.getBean(TeamDirectory.class);
        long team = directory.teamsIManage().getFirst().id();
        TeamDirectory.TeamCohort cohort = directory.cohortsOfMyTeams().getFirst();
        DateRange lastQuarter = new DateRange(LocalDate.now().minusDays(90), LocalDate.now());

        System.out.printf("%nWhat the /reports grid asks for, server time of the service call, %d warm-up then %d timed runs, ms:%n",
                WARM_UP, RUNS);
        ReportFilter lastQuarterFilter = new ReportFilter(null, null, lastQuarter);
        time("opening /reports for 5,000: figures, count, first page by name", () -> reports.figures(ReportFilter.ALL).people()
                + reports.count(ReportFilter.ALL) + reports.people(ReportFilter.ALL, List.of(), 0, PAGE).size());
        time("count of 5,000", () -> reports.count(ReportFilter.ALL));
        time("figures of 5,000, all time", () -> reports.figures(ReportFilter.ALL).people());
        time("figures of 5,000, the last 90 days", () -> reports.figures(lastQuarterFilter).people());
        page("name", ReportFilter.ALL, ReportSort.ascending(ReportColumn.PERSON), 0);
        page("name, rows 2,501-2,550", ReportFilter.ALL, ReportSort.ascending(ReportColumn.PERSON), TRAINEES / 2);
        page("team, descending", ReportFilter.ALL, ReportSort.descending(ReportColumn.TEAM), 0);
        page("lessons completed, descending", ReportFilter.ALL, ReportSort.descending(ReportColumn.LESSONS), 0);
        page("lessons completed, last 90 days", lastQuarterFilter, ReportSort.descending(ReportColumn.LESSONS), 0);
        page("last activity", ReportFilter.ALL, ReportSort.ascending(ReportColumn.LAST_ACTIVITY), 0);
        page("connections reviewed, rows 4,951-5,000", ReportFilter.ALL, ReportSort.ascending(ReportColumn.REVIEWED),
                TRAINEES - PAGE);
        page("profile-view ratio, descending", ReportFilter.ALL, ReportSort.descending(ReportColumn.RATIO), 0);
        page("overdue follow-ups, descending", ReportFilter.ALL, ReportSort.descending(ReportColumn.OVERDUE), 0);
        time("one team (200): figures and a page by ratio", () -> reports.figures(ReportFilter.team(team)).people()
                + reports.people(ReportFilter.team(team), List.of(ReportSort.descending(ReportColumn.RATIO)), 0, PAGE).size());
        time("one cohort (" + cohort.members() + " of my people), last 90 days: figures and a page by ratio",
                () -> reports.figures(new ReportFilter(null, cohort.id(), lastQuarter)).people() + reports.people(
                        new ReportFilter(null, cohort.id(), lastQuarter), List.of(ReportSort.descending(ReportColumn.RATIO)), 0,
                        PAGE).size());
        time("the whole report of 5,000 (what the downloads read)", () -> reports.report(ReportFilter.ALL).people().size());

        System.out.printf("%nIts parts for all 5,000, all time, ms:%n");
        MemberScope scope = directory.scope(null, null);
        Long[] ids = scope.members().stream().map(TeamDirectory.TeamMember::userId).toArray(Long[]::new);
        String[] lessons = context.getBean(CourseService.class).lessons(CourseService.COURSE).stream().map(Lesson::slug).toArray(String[]::new);
        time("who: TeamDirectory.scope", () -> directory.scope(null, null).members().size());
        time("course: course_progress_of for each", () -> rows("select count(c) from unnest(?::bigint[]) m(id) "
                + "cross join course_progress_of(m.id, 'doorstep', ?::text[], null, null) c", ids, lessons));
        time("exercise: exercise_tally_of for each", () -> rows("select count(t) from unnest(?::bigint[]) m(id) "
                + "cross join exercise_tally_of(m.id) t", (Object) ids));
        time("results: results_overview_of for each", () -> rows("select count(r) from unnest(?::bigint[]) m(id) "
                + "cross join results_overview_of(m.id, null, null, current_date, array[30, 60, 90]) r", (Object) ids));
        time("(for comparison) the same exercise counts from connection rows", () -> liveCounts(scope));

        System.out.printf("%nDownloads of all 5,000, %d warm-up then %d timed runs, ms:%n", 2, 5);
        time("CSV", 2, 5, () -> reports.csv(ReportFilter.ALL).length());
        time("PDF", 2, 5, () -> reports.pdf(ReportFilter.ALL).length);
        Path pdf = Path.of("target", "report-benchmark.pdf");
        Files.write(pdf, reports.pdf(ReportFilter.ALL));
        try (var document = Loader.loadPDF(pdf.toFile())) {
            System.out.printf("The PDF of 5,000: %d pages, %,d bytes (%s)%n", document.getNumberOfPages(), Files.size(pdf), pdf);
        }
    }

    /** What the report would cost without the tally: counting every connection of the 5,000. */
    private int liveCounts(MemberScope scope) {
        Long[] ids = scope.members().stream().map(TeamDirectory.TeamMember::userId).toArray(Long[]::new);
        return jdbc.queryForList("""
                select c.user_id, count(*) filter (where gone_at is null),
                       count(*) filter (where gone_at is null and decision is not null and decision <> 'LATER'),
                       count(*) filter (where decision = 'REMOVE' and (removed_on_linkedin or gone_at is not null))
                  from connection c join unnest(?::bigint[]) m(id) on m.id = c.user_id group by c.user_id""",
                (Object) ids).size();
    }

    /** One page of PAGE people sorted by one column, from the offset on. */
    private void page(String sortedBy, ReportFilter filter, ReportSort sort, int offset) {
        time("one page of " + PAGE + " of 5,000 sorted by " + sortedBy,
                () -> reports.people(filter, List.of(sort), offset, PAGE).size());
    }

    private int rows(String countingSql, Object... params) {
        return jdbc.queryForObject(countingSql, Integer.class, params);
    }

    private void time(String name, Supplier<Integer> call) {
        time(name, WARM_UP, RUNS, call);
    }

    private void time(String name, int warmUp, int runs, Supplier<Integer> call) {
        int size = 0;
        for (int i = 0; i < warmUp; i++) {
            size = call.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            times[i] = Benchmarks.millis(start);
        }
        System.out.printf("  %-76s median %6.1f  p95 %6.1f  (%,d)%n", name, Benchmarks.percentile(times, 50), Benchmarks.percentile(times, 95), size);
    }


}
