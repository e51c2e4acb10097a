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
    private static final int RUNS = 5;
    private static final int MESSAGES = 50_000;
    // The first imports run before the JIT has compiled the parser; both sides get the same warm-up.
    private static final int WARM_UP = 2;

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

        List<Double> imports = new ArrayList<>();
        String lastTrainee = timedImports(export, "Connections.csv", imports);
        Path copyFile = stagedAsCsv(export);
        List<Double> copies = psqlCopy(copyFile, false);
        List<Double> copiesWithForeignKey = psqlCopy(copyFile, true);
        double importMedian = median(imports);
        double copyMedian = median(copies);
        System.out.printf("Import through ExerciseService (read, parse, COPY, record), ms: %s  median %.0f%n", imports, importMedian);
        System.out.printf("psql \\copy of the same rows into a copy of the table, ms:     %s  median %.0f%n", copies, copyMedian);
        System.out.printf("psql \\copy into the same table with its foreign key to app_user, ms: %s  median %.0f%n",
                copiesWithForeignKey, median(copiesWithForeignKey));
        System.out.printf("Ratio import / \\copy: %.2f (target at most 1.5)%n", importMedian / copyMedian);

        breakdown(export);
        TestSignIn.as(context, lastTrainee);
        decideSome();
        pages();
        Files.deleteIfExists(export);
        Files.deleteIfExists(copyFile);
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
        List<Double> imports = new ArrayList<>();
        String lastTrainee = timedImports(zip, "export.zip", imports);
        long owner = jdbc.queryForObject("select id from app_user where username = ?", Long.class, lastTrainee);
        String columns = "match_key, name_key, first_name, last_name, profile_url, email, company, position, "
                + "connected_on, message_count, invited_by_them, invitation_note, spoken, spoken_suggested, burst_week_count";
        // The rows exactly as stored, as \copy input.
        Path copyFile = Files.createTempFile("bench-copy", ".csv");
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(copyFile), CSVFormat.DEFAULT)) {
            jdbc.query("select " + columns + " from connection where user_id = ?", rs -> {
                try {
                    printer.print(OWNER);
                    for (int column = 1; column <= 15; column++) {
                        printer.print(rs.getString(column));
                    }
                    printer.println();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, owner);
        }
        List<Double> copies = psqlCopy(copyFile, false, "user_id, " + columns);
        int stored = jdbc.queryForObject("select count(*) from connection where user_id = ?", Integer.class, owner);
        System.out.printf("Zip import through ExerciseService (connections, messages, invitations, bursts), ms: %s  median %.0f%n",
                imports, median(imports));
        System.out.printf("psql \\copy of the %,d rows it stored, ms: %s  median %.0f%n", stored, copies, median(copies));
        System.out.printf("Ratio zip import / \\copy: %.2f (target at most 1.5)%n", median(imports) / median(copies));
        burstAnalysis(owner);
        Files.deleteIfExists(zip);
        Files.deleteIfExists(copyFile);
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

    /** Imports the file for a new trainee each time: the warm-up runs, then the measured ones into times; the last trainee. */
    private String timedImports(Path file, String fileName, List<Double> times) {
        String trainee = null;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            trainee = newTrainee();
            TestSignIn.as(context, trainee);
            long start = System.nanoTime();
            exercise.importFile(file, fileName);
            if (i >= WARM_UP) {
                times.add(Benchmarks.millis(start));
            }
        }
        return trainee;
    }

    private String newTrainee() {
        return TestData.in(context).demoTrainee("bench", "Ben Bench").username();
    }

    /** The rows exactly as the import stages them, as the \copy input (with a user id column). */
    private Path stagedAsCsv(Path export) throws IOException {
        ImportStaging.Staged staged;
        try (InputStream in = Files.newInputStream(export)) {
            staged = ImportStaging.stage(ExportReader.read(in, "Connections.csv"), true);
        }
        Path file = Files.createTempFile("bench-copy", ".csv");
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file), CSVFormat.DEFAULT)) {
            for (StagedRow row : staged.rows()) {
                printer.printRecord(OWNER, row.matchKey(), row.nameKey(), row.firstName(), row.lastName(), row.profileUrl(),
                        row.email(), row.company(), row.position(), row.connectedOn(), row.messageCount(),
                        row.invitedByThem(), row.invitationNote(), row.messaged(), row.messaged());
            }
        }
        return file;
    }

    /** The physical limit: psql's \copy into a table like connection (same columns, constraints and indexes). */
    private List<Double> psqlCopy(Path file, boolean foreignKey) throws Exception {
        return psqlCopy(file, foreignKey, "user_id, match_key, name_key, first_name, last_name, profile_url, email, "
                + "company, position, connected_on, message_count, invited_by_them, invitation_note, spoken, spoken_suggested");
    }

    private List<Double> psqlCopy(Path file, boolean foreignKey, String columns) throws Exception {
        jdbc.execute("drop table if exists bench_copy");
        jdbc.execute("create table bench_copy (like connection including all)");
        if (foreignKey) {
            jdbc.execute("alter table bench_copy add foreign key (user_id) references app_user (id) on delete cascade");
        }
        URI url = URI.create(context.getEnvironment().getProperty("spring.datasource.url").substring("jdbc:".length()));
        String database = url.getPath().substring(1);
        List<String> base = List.of("psql", "-X", "-q", "-h", url.getHost(), "-p", String.valueOf(url.getPort()),
                "-U", context.getEnvironment().getProperty("spring.datasource.username"), "-d", database);
        double startup = median(List.of(psql(base, "select 1"), psql(base, "select 1"), psql(base, "select 1")));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            jdbc.execute("truncate bench_copy");
            double total = psql(base, "\\copy bench_copy (" + columns + ") from '" + file + "' with (format csv)");
            if (i >= WARM_UP) {
                times.add(Math.round((total - startup) * 10) / 10.0);
            }
        }
        jdbc.execute("drop table bench_copy");
        System.out.printf("(psql start-up, subtracted from each \\copy: %.0f ms)%n", startup);
        return times;
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
