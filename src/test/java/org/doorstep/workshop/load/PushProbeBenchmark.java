package org.doorstep.workshop.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.doorstep.security.DemoAccounts;

/**
 * How many headless clients one driver JVM holds, how long they take to connect, and how fast a push reaches them.
 * Needs a running app that has the test-only probe route (see docs/benchmarks.md for the commands).
 *
 * <p>Arguments: base URL (default http://localhost:8080/), clients (500), sign-ins at a time (8), pushes (5).
 * Every client signs in as the demo trainee (its own session) and opens the probe; one more client, the trigger,
 * opens the probe with {@code ?push=<text>}, as a trainer's click would reach the server; latency runs from just
 * before that request to each client's arrival of the text.
 */
public final class PushProbeBenchmark {

    private PushProbeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int parallel = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int pushes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long heapBefore = usedHeapAfterGc(memory);
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long start = System.nanoTime();
        List<VaadinClient> clients = VaadinClients.open(base, "trainee", DemoAccounts.PASSWORD, "test/push-probe",
                count, parallel);
        Duration connecting = Duration.ofNanos(System.nanoTime() - start);
        long heapAfter = usedHeapAfterGc(memory);
        int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
        System.out.printf("%d clients signed in and opened the probe in %.1f s (%d at a time)%n", clients.size(),
                connecting.toMillis() / 1000.0, parallel);
        System.out.printf("driver heap after GC: +%.1f MiB (%.0f KiB a client); threads %d -> %d; RSS %s%n",
                (heapAfter - heapBefore) / 1048576.0, (heapAfter - heapBefore) / 1024.0 / count, threadsBefore,
                threadsAfter, residentSetSize());

        VaadinClient trigger = new VaadinClient().signIn(base, "trainer", DemoAccounts.PASSWORD);
        trigger.open("test/push-probe");
        for (int step = 1; step <= pushes; step++) {
            String text = "Benchmark step " + step + " at " + System.nanoTime();
            long fired = System.nanoTime();
            trigger.navigate("test/push-probe?push=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            PushLatency latency = PushLatency.await(fired, clients, text, Duration.ofSeconds(30));
            System.out.println("push " + step + ": " + latency);
            Thread.sleep(1000);
        }
        long open = clients.stream().filter(VaadinClient::pushConnected).count();
        System.out.println("websockets still open: " + open + "/" + clients.size());
        trigger.close();
        VaadinClients.closeAll(clients);
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The process's resident memory as Linux reports it (the whole JVM, Maven too when run by exec:java). */
    private static String residentSetSize() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring("VmRSS:".length()).strip()).findFirst().orElse("n/a");
    }
}
