package org.doorstep.exercise.internal;

import org.doorstep.Benchmarks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.jspecify.annotations.Nullable;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExportGenerator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import and triage benchmark (docs/benchmarks.md). Imports a generated 30,000-row export through
 * the service and compares it with psql's \copy of the same rows into a table with the same columns,
 * constraints and indexes, in the same run; then times triage page fetches on that network.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.doorstep.exercise.internal.ImportBenchmark</pre>
 * (add {@code -Dexec.args=zip} for the zip import and burst analysis alone)
 */
public final class ImportBenchmark {

    private static final int ROWS = 30_000;
    private static final String OWNER = "1"; // the first account the demo data creates
    private static final int RUNS = 7;
    private static final int MESSAGES = 50_000;
    // A fresh JVM's first four imports still compile the conversion (its Java part 410-580 ms, then 130-160):
    // the figures are for a server that has been running. Both sides get the same warm-up.
    private static final int WARM_UP = 5;
    private static final String STAGED_COLUMNS = "match_key, name_key, first_name, last_name, profile_url, email, "
            + "company, position, connected_on, message_count, invited_by_them, invitation_note, spoken, spoken_suggested";

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = Benchmarks.start()) {
            new ImportBenchmark(context).run(List.of(args).contains("zip"));
        }
        System.exit(0);
    }

    private final ConfigurableApplicationContext context;
    private final ExerciseService exercise;
    private final JdbcTemplate jdbc;

    private ImportBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.exercise = context.getBean(ExerciseService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** zipOnly: only the zip import and the burst analysis ({@code -Dexec.args=zip}). */
    private void run(boolean zipOnly) throws Exception {
        if (zipOnly) {
            evidenceImport();
            return;
        }
        Path export = Files.createTempFile("bench-connections", ".csv");
        ExportGenerator.write(export, ROWS, ExportFormat.CURRENT, 42);
        System.out.printf("Export: %,d rows, %,d bytes%n", ROWS, Files.size(export));

        Rounds rounds = alternate(export, "Connections.csv", STAGED_COLUMNS, stagedRows(export));
        List<Double> copiesWithForeignKey = psqlCopy(rounds.copyFile(), true);
        double importMedian = median(rounds.imports());
        double copyMedian = median(rounds.copies());
        System.out.printf("Import through ExerciseService (read, parse, COPY, record), ms: %s  median %.0f%n", rounds.imports(), importMedian);
        System.out.printf("psql \\copy of the same rows into a copy of the table, ms:     %s  median %.0f%n", rounds.copies(), copyMedian);
        System.out.printf("psql \\copy into connection itself, for another new trainee, ms: %s  median %.0f%n",
                rounds.intoConnection(), median(rounds.intoConnection()));
        System.out.printf("psql \\copy into the same table with its foreign key to app_user, ms: %s  median %.0f%n",
                copiesWithForeignKey, median(copiesWithForeignKey));
        System.out.printf("Ratio import / \\copy: %.2f (target at most 1.3); / \\copy into connection itself: %.2f%n",
                importMedian / copyMedian, importMedian / median(rounds.intoConnection()));

        breakdown(export);
        TestSignIn.as(context, rounds.lastTrainee());
        decideSome();
        pages();
        Files.deleteIfExists(export);
        Files.deleteIfExists(rounds.copyFile());
        evidenceImport();
    }

    /**
     * The whole zip (issue 16): Connections.csv of 30,000 with a burst of 150 in one week, messages.csv of 50,000
     * messages and Invitations.csv, against psql's \copy of the rows the import stored; then the burst analysis.
     */
    private void evidenceImport() throws Exception {
        Path zip = Files.createTempFile("bench-export", ".zip");
        var written = ExportGenerator.writeZip(zip, ROWS, new ExportGenerator.Burst(LocalDate.of(2019, 3, 11), 150),
                MESSAGES, 42);
        System.out.printf("%nZip: %,d connections, %,d messages (with %,d people), %,d invitations, %,d bytes%n", ROWS,
                written.messages(), written.peopleMessaged(), written.invitations(), Files.size(zip));
        // One import first, for the rows exactly as stored (the burst marks too), as \\copy input.
        String firstTrainee = newTrainee();
        TestSignIn.as(context, firstTrainee);
        exercise.importFile(zip, "export.zip");
        long first = TestData.in(context).id(firstTrainee);
        String columns = STAGED_COLUMNS + ", burst_week_count";
        List<List<String>> storedRows = jdbc.query("select " + columns + " from connection where user_id = ?", (rs, n) -> {
            List<String> row = new ArrayList<>();
            for (int column = 1; column <= 15; column++) {
                row.add(rs.getString(column));
            }
            return row;
        }, first);
        Rounds rounds = alternate(zip, "export.zip", columns, storedRows);
        long owner = jdbc.queryForObject("select id from app_user where username = ?", Long.class, rounds.lastTrainee());
        int stored = jdbc.queryForObject("select count(*) from connection where user_id = ?", Integer.class, owner);
        System.out.printf("Zip import through ExerciseService (connections, messages, invitations, bursts), ms: %s  median %.0f%n",
                rounds.imports(), median(rounds.imports()));
        System.out.printf("psql \\copy of the %,d rows it stored, ms: %s  median %.0f%n", stored, rounds.copies(),
                median(rounds.copies()));
        System.out.printf("psql \\copy of them into connection itself, for another new trainee, ms: %s  median %.0f%n",
                rounds.intoConnection(), median(rounds.intoConnection()));
        System.out.printf("Ratio zip import / \\copy: %.2f (target at most 1.5); / \\copy into connection itself: %.2f%n",
                median(rounds.imports()) / median(rounds.copies()),
                median(rounds.imports()) / median(rounds.intoConnection()));
        burstAnalysis(owner);
        Files.deleteIfExists(zip);
        Files.deleteIfExists(rounds.copyFile());
    }

    /** mark_burst_weeks on the 30,000: from nothing marked (as after a first import), then with nothing to change. */
    private void burstAnalysis(long owner) {
        double[] fresh = new double[30];
        double[] again = new double[30];
        for (int i = -5; i < fresh.length; i++) {
            jdbc.update("update connection set burst_week_count = null where user_id = ? and burst_week_count is not null", owner);
            long start = System.nanoTime();
            jdbc.queryForList("select mark_burst_weeks(?)", owner);
            double first = Benchmarks.millis(start);
            start = System.nanoTime();
            jdbc.queryForList("select mark_burst_weeks(?)", owner);
            if (i >= 0) {
                fresh[i] = first;
                again[i] = Benchmarks.millis(start);
            }
        }
        int marked = jdbc.queryForObject("select count(*) from connection where user_id = ? and burst_week_count is not null",
                Integer.class, owner);
        System.out.printf("Burst analysis, mark_burst_weeks at %,d connections (%,d marked), ms: from nothing marked median "
                + "%.1f p95 %.1f | nothing to change median %.1f p95 %.1f (target at most 200)%n",
                jdbc.queryForObject("select count(*) from connection where user_id = ?", Integer.class, owner), marked,
                Benchmarks.percentile(fresh, 50), Benchmarks.percentile(fresh, 95), Benchmarks.percentile(again, 50), Benchmarks.percentile(again, 95));
    }

    /** How long reading and parsing alone take; a first import overlaps this work with its COPY. */
    private void breakdown(Path export) throws IOException {
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(export)) {
                ImportStaging.stage(ExportReader.read(in, "Connections.csv"), true);
            }
            System.out.printf("Reading, parsing and staging alone: %.0f ms%n", Benchmarks.millis(start));
        }
    }

    /** The figures of alternate(): each list in run order, the copy file (owner OWNER) and the last importer. */
    private record Rounds(List<Double> imports, List<Double> copies, List<Double> intoConnection, Path copyFile,
            String lastTrainee) {
    }

    /**
     * Rounds of three, so all three meet the same state of the machine and of the table: the import for a new
     * trainee; psql's \\copy of the same rows into an empty table like connection (same columns, constraints and
     * indexes: the physical limit); and psql's \\copy of them into connection itself for another new trainee (the
     * same table in the same state, with its tally trigger and everyone else's rows).
     */
    private Rounds alternate(Path file, String fileName, String columns, List<List<String>> rows) throws Exception {
        Path copyFile = rowsAsCsv(rows, OWNER);
        Psql psql = new Psql();
        jdbc.execute("drop table if exists bench_copy");
        jdbc.execute("create table bench_copy (like connection including all)");
        List<Double> imports = new ArrayList<>();
        List<Double> copies = new ArrayList<>();
        List<Double> intoConnection = new ArrayList<>();
        String trainee = null;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            trainee = newTrainee();
            TestSignIn.as(context, trainee);
            long start = System.nanoTime();
            exercise.importFile(file, fileName);
            double imported = Benchmarks.millis(start);
            jdbc.execute("truncate bench_copy");
            double copied = psql.copy("bench_copy", "user_id, " + columns, copyFile);
            Path ownFile = rowsAsCsv(rows, String.valueOf(TestData.in(context).id(newTrainee())));
            double intoItself = psql.copy("connection", "user_id, " + columns, ownFile);
            Files.delete(ownFile);
            if (i >= WARM_UP) {
                imports.add(imported);
                copies.add(copied);
                intoConnection.add(intoItself);
            }
        }
        jdbc.execute("drop table bench_copy");
        return new Rounds(imports, copies, intoConnection, copyFile, trainee);
    }

    private String newTrainee() {
        return TestData.in(context).demoTrainee("bench", "Ben Bench").username();
    }

    /** The rows exactly as the import stages them (without the owner). */
    private static List<List<String>> stagedRows(Path export) throws IOException {
        ImportStaging.Staged staged;
        try (InputStream in = Files.newInputStream(export)) {
            staged = ImportStaging.stage(ExportReader.read(in, "Connections.csv"), true);
        }
        List<List<String>> rows = new ArrayList<>();
        for (StagedRow row : staged.rows()) {
            rows.add(java.util.Arrays.asList(row.matchKey(), row.nameKey(), row.firstName(), row.lastName(),
                    row.profileUrl(), row.email(), row.company(), row.position(), text(row.connectedOn()),
                    text(row.messageCount()), text(row.invitedByThem()), row.invitationNote(), text(row.messaged()),
                    text(row.messaged())));
        }
        return rows;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /** \\copy input: the owner, then the row's values. */
    private static Path rowsAsCsv(List<List<String>> rows, String owner) throws IOException {
        Path file = Files.createTempFile("bench-copy", ".csv");
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file), CSVFormat.DEFAULT)) {
            for (List<String> row : rows) {
                printer.print(owner);
                printer.printRecord(row);
            }
        }
        return file;
    }

    /** psql's \\copy into bench_copy, a table like connection, alone (after the alternated rounds). */
    private List<Double> psqlCopy(Path file, boolean foreignKey) throws Exception {
        jdbc.execute("drop table if exists bench_copy");
        jdbc.execute("create table bench_copy (like connection including all)");
        if (foreignKey) {
            jdbc.execute("alter table bench_copy add foreign key (user_id) references app_user (id) on delete cascade");
        }
        Psql psql = new Psql();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            jdbc.execute("truncate bench_copy");
            double copied = psql.copy("bench_copy", "user_id, " + STAGED_COLUMNS, file);
            if (i >= WARM_UP) {
                times.add(copied);
            }
        }
        jdbc.execute("drop table bench_copy");
        return times;
    }

    /** psql against the app's database; its start-up time is measured once and taken off each \\copy. */
    private final class Psql {
        private final List<String> base;
        private final double startup;

        Psql() throws Exception {
            URI url = URI.create(context.getEnvironment().getProperty("spring.datasource.url").substring("jdbc:".length()));
            base = List.of("psql", "-X", "-q", "-o", "/dev/null", "-h", url.getHost(), "-p", String.valueOf(url.getPort()),
                    "-U", context.getEnvironment().getProperty("spring.datasource.username"), "-d", url.getPath().substring(1));
            startup = median(List.of(psql(base, "select 1"), psql(base, "select 1"), psql(base, "select 1")));
            System.out.printf("(psql start-up, subtracted from each \\copy: %.0f ms)%n", startup);
        }

        double copy(String table, String columns, Path file) throws Exception {
            double total = psql(base, "\\copy " + table + " (" + columns + ") from '" + file + "' with (format csv)");
            return Math.round((total - startup) * 10) / 10.0;
        }
    }

    private double psql(List<String> base, String command) throws Exception {
        List<String> cmd = new ArrayList<>(base);
        cmd.addAll(List.of("-c", command));
        ProcessBuilder builder = new ProcessBuilder(cmd).inheritIO();
        builder.environment().put("PGPASSWORD", context.getEnvironment().getProperty("spring.datasource.password"));
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double elapsed = Benchmarks.millis(start);
        if (exit != 0) {
            throw new IllegalStateException("psql failed: " + cmd);
        }
        return elapsed;
    }

    private void decideSome() {
        var first = exercise.page(ConnectionFilter.ALL, 0, 3000);
        for (int i = 0; i < first.size(); i += 3) {
            exercise.decide(first.get(i).id(), Decision.values()[i % 5]);
        }
    }

    /** Server time of one page of 50 (the grid's page size) for typical filters and positions. */
    private void pages() {
        List<Benchmarks.PageCase> cases = List.of(
                new Benchmarks.PageCase("first page", ConnectionFilter.ALL, 0),
                new Benchmarks.PageCase("middle page (offset 15,000)", ConnectionFilter.ALL, 15_000),
                new Benchmarks.PageCase("last page (offset 29,950)", ConnectionFilter.ALL, 29_950),
                new Benchmarks.PageCase("undecided only, offset 10,000", new ConnectionFilter(true, null, null, null, null, null, false), 10_000),
                new Benchmarks.PageCase("decision = remove", new ConnectionFilter(false, Decision.REMOVE, null, null, null, null, false), 0),
                new Benchmarks.PageCase("name contains 'an'", new ConnectionFilter(false, null, null, null, null, "an", false), 0),
                new Benchmarks.PageCase("company contains 'bank', oldest first", new ConnectionFilter(false, null, "bank", null, null, null, true), 0),
                new Benchmarks.PageCase("year 2016", new ConnectionFilter(false, null, null, null, 2016, null, false), 0));
        System.out.printf("%nTriage page fetch (50 rows + the count the grid asks for), %d connections, ms:%n",
                exercise.count(ConnectionFilter.ALL));
        Benchmarks.timePages(exercise, cases);
    }


    private static double median(List<Double> values) {
        return Benchmarks.percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

}
