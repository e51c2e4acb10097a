package org.doorstep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
}
