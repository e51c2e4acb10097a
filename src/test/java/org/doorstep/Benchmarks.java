package org.doorstep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExportGenerator;
import org.doorstep.exercise.internal.ExportFormat;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks (docs/benchmarks.md) share: the app they measure, a trainee's network, and the figures. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** The app with the test profile (the embedded database, or the one in SPRING_DATASOURCE_URL), quiet. */
    public static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DoorstepApplication.class).profiles("test")
                .run("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }

    /** A new trainee, signed in, with ExportGenerator's network of this many rows (seed 42) imported; their id. */
    public static long traineeWithAGeneratedNetwork(ConfigurableApplicationContext context, int rows) throws IOException {
        long userId = TestSignIn.asNewTrainee(context, "bench", "Ben Bench");
        Path export = Files.createTempFile("bench-connections", ".csv");
        try {
            ExportGenerator.write(export, rows, ExportFormat.CURRENT, 42);
            context.getBean(ExerciseService.class).importFile(export, "Connections.csv");
        } finally {
            Files.deleteIfExists(export);
        }
        return userId;
    }

    /** Milliseconds since a System.nanoTime(), to a tenth. */
    public static double millis(long start) {
        return Math.round((System.nanoTime() - start) / 100_000.0) / 10.0;
    }

    /** The nearest-rank percentile (50: the median, 95: p95). */
    public static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** One triage page to time: a filter and how many rows the grid skips. */
    public record PageCase(String name, ConnectionFilter filter, int offset) {
    }

    /**
     * Server time of one page of 50 (the grid's page size) and of the count the grid asks for, per case: 5 warm-up
     * then 30 timed calls; prints the median and p95 of the page, the median of the count.
     */
    public static void timePages(ExerciseService exercise, List<PageCase> cases) {
        int width = cases.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (PageCase c : cases) {
            for (int warm = 0; warm < 5; warm++) {
                exercise.page(c.filter(), c.offset(), 50);
            }
            double[] pageTimes = new double[30];
            double[] countTimes = new double[30];
            for (int i = 0; i < pageTimes.length; i++) {
                long start = System.nanoTime();
                exercise.page(c.filter(), c.offset(), 50);
                pageTimes[i] = millis(start);
                start = System.nanoTime();
                exercise.count(c.filter());
                countTimes[i] = millis(start);
            }
            System.out.printf("  %-" + width + "s page median %5.1f  p95 %5.1f | count median %5.1f%n", c.name(),
                    percentile(pageTimes, 50), percentile(pageTimes, 95), percentile(countTimes, 50));
        }
    }
}
