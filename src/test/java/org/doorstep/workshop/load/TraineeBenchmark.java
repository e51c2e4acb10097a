package org.doorstep.workshop.load;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.doorstep.workshop.load.WorkshopBenchmark.BenchmarkRoom;
import org.doorstep.workshop.load.WorkshopBenchmark.ServerHeap;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A morning of self-paced trainees on one running Doorstep: each of N (200) headless {@link VaadinClient}s signs in
 * as its own trainee, opens the first lesson, answers its step (Next, which saves the step), opens the pruning
 * exercise, loads the sample network and decides a few connections, with a think time between actions, and keeps
 * its screen (and push websocket) open until everyone is done. Measured: every server round trip (a page load with
 * its push connection, a click, a navigation) by kind, p50/p95/p99; the sign-ins apart; errors; the server's heap
 * per session (after GC, all sessions open, against before).
 *
 * <p>Arguments: base URL (only 127.0.0.1/localhost), JDBC URL of the app's database (to create the trainees),
 * trainees (200), seconds over which they arrive (60), sign-ins at a time (8), decisions each (4), the app's
 * process id for its heap (found with {@code jcmd -l} when left out). See docs/benchmarks.md.
 */
public final class TraineeBenchmark {

    static final String LESSON = "collecting-is-not-connecting";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> DECISIONS = List.of("decide-keep", "decide-remove", "decide-weak-tie",
            "decide-reach-out");

    private final Map<String, Queue<Long>> roundTrips = new ConcurrentHashMap<>();
    private final AtomicInteger actions = new AtomicInteger();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8098/");
        if (!List.of("localhost", "127.0.0.1").contains(base.getHost())) {
            throw new IllegalArgumentException("This benchmark runs against this machine only, not " + base.getHost());
        }
        String jdbcUrl = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/doorstep_ops?user=postgres";
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int arrivalSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int signInsAtATime = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        int decisions = args.length > 5 ? Integer.parseInt(args[5]) : 4;
        String pid = args.length > 6 ? args[6] : ServerHeap.findPid("doorstep");

        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            BenchmarkRoom.create(db, count, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()
                    .encode(WorkshopBenchmark.PASSWORD));
        }
        System.out.printf("%d trainees arriving over %d s, %d sign-ins at a time, %d decisions each; app pid %s%n",
                count, arrivalSeconds, signInsAtATime, decisions, pid);
        new TraineeBenchmark().run(base, count, arrivalSeconds, signInsAtATime, decisions, pid);
    }

    private void run(URI base, int count, int arrivalSeconds, int signInsAtATime, int decisions, String pid)
            throws Exception {
        long heapBefore = ServerHeap.usedAfterGc(pid);
        Semaphore signIns = new Semaphore(signInsAtATime);
        List<VaadinClient> open = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService trainees = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int trainee = i;
                long arrival = arrivalSeconds * 1000L * i / count;
                trainees.submit(() -> {
                    sleep(arrival);
                    VaadinClient client = new VaadinClient();
                    try {
                        signIns.acquire();
                        try {
                            timed("sign-in", () -> client.signIn(base, BenchmarkRoom.trainee(trainee),
                                    WorkshopBenchmark.PASSWORD));
                        } finally {
                            signIns.release();
                        }
                        open.add(client);
                        morning(client, decisions);
                    } catch (Exception e) {
                        errors.add(BenchmarkRoom.trainee(trainee) + ": " + e.getMessage());
                    }
                    return null;
                });
            }
            trainees.shutdown();
            if (!trainees.awaitTermination(10, TimeUnit.MINUTES)) {
                trainees.shutdownNow();
                errors.add("the run did not end within 10 minutes");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = ServerHeap.usedAfterGc(pid);
        long socketsOpen = open.stream().filter(VaadinClient::pushConnected).count();
        report(count, seconds, heapBefore, heapAfter, open.size(), socketsOpen);
        VaadinClients.closeAll(open);
    }

    /** One trainee's path, each action after a think time of 1-4 s. */
    private void morning(VaadinClient client, int decisions) {
        String lesson = timed("open lesson (page, push)", () -> client.open("course/" + LESSON));
        think();
        timed("answer a step (Next)", () -> client.sendEvent(nodeWithClass(lesson, "next-step"), "click", Map.of()));
        think();
        String exercise = timed("open exercise (navigate)", () -> client.navigate("exercise"));
        if (hasClass(exercise, "use-sample")) {
            think();
            int sample = nodeWithClass(exercise, "use-sample");
            timed("load sample network", () -> client.sendEvent(sample, "click", Map.of()));
            // The view asks the browser to reload; a new screen of the same route is what that gives.
            client.navigate("course");
            exercise = timed("open exercise (navigate)", () -> client.navigate("exercise"));
        }
        for (int i = 0; i < decisions; i++) {
            think();
            String button = DECISIONS.get(ThreadLocalRandom.current().nextInt(DECISIONS.size()));
            int node = nodeWithClass(exercise, button);
            timed("decide a connection", () -> client.sendEvent(node, "click", Map.of()));
        }
    }

    private <T> T timed(String kind, Supplier<T> action) {
        long start = System.nanoTime();
        actions.incrementAndGet();
        T result = action.get();
        roundTrips.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private void report(int count, double seconds, long heapBefore, long heapAfter, int sessions, long socketsOpen) {
        System.out.printf("run: %.0f s; %d sessions signed in, %d push websockets open at the end%n", seconds, sessions,
                socketsOpen);
        List<Long> all = new ArrayList<>();
        roundTrips.forEach((kind, times) -> {
            System.out.printf("%-26s %s%n", kind, percentiles(new ArrayList<>(times)));
            if (!kind.equals("sign-in")) {
                all.addAll(times);
            }
        });
        System.out.printf("%-26s %s%n", "ALL but sign-in", percentiles(all));
        System.out.printf("errors: %d of %d actions (%.2f %%)%n", errors.size(), actions.get(),
                100.0 * errors.size() / Math.max(1, actions.get()));
        errors.stream().limit(5).forEach(error -> System.out.println("  " + error));
        System.out.printf("server heap after GC: %.1f -> %.1f MiB, %.0f KiB a trainee session%n", heapBefore / 1048576.0,
                heapAfter / 1048576.0, (heapAfter - heapBefore) / 1024.0 / Math.max(1, sessions));
    }

    private static String percentiles(List<Long> times) {
        Collections.sort(times);
        if (times.isEmpty()) {
            return "none";
        }
        return String.format("n=%d p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", times.size(), at(times, 0.50),
                at(times, 0.95), at(times, 0.99), times.getLast());
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static boolean hasClass(String uidl, String className) {
        return uidl.contains("\"" + className + "\"");
    }

    /** The state node of the element that got this class name, from the UIDL that created it. */
    static int nodeWithClass(String uidl, String className) {
        for (JsonNode change : JSON.readTree(uidl).path("changes")) {
            for (JsonNode added : change.path("add")) {
                if (added.isString() && added.asString().equals(className)) {
                    return change.path("node").asInt();
                }
            }
        }
        throw new IllegalStateException("No element with class " + className + " in the view's UIDL");
    }

    private static void think() {
        sleep(ThreadLocalRandom.current().nextLong(1000, 4000));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
