package org.doorstep.workshop.load;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How long a push took to reach the clients: from the moment the trigger was fired (System.nanoTime, same JVM as the
 * clients) to the arrival of the first message carrying the text at each client.
 *
 * @param clients how many clients were asked
 * @param received how many got the text
 * @param p50Millis median latency of those that got it (nearest rank)
 * @param p95Millis 95th percentile (nearest rank)
 * @param maxMillis the slowest
 */
public record PushLatency(int clients, int received, double p50Millis, double p95Millis, double maxMillis) {

    /** Waits up to the timeout for every client to receive the text, then measures who got it and how fast. */
    public static PushLatency await(long triggerNanos, Collection<VaadinClient> clients, String text, Duration timeout) {
        CompletableFuture<?>[] arrivals = clients.stream().map(client -> client.messageContaining(text))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(arrivals).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notAllInTime) {
            // measured below: the report says how many arrived
        }
        return measure(triggerNanos, clients, text);
    }

    /** Measures what has arrived so far. */
    public static PushLatency measure(long triggerNanos, Collection<VaadinClient> clients, String text) {
        List<Long> latencies = clients.stream()
                .flatMap(client -> client.received().stream().filter(message -> message.contains(text)).limit(1))
                .map(message -> message.arrivedNanos() - triggerNanos).sorted().toList();
        return new PushLatency(clients.size(), latencies.size(), millis(percentile(latencies, 50)),
                millis(percentile(latencies, 95)), millis(percentile(latencies, 100)));
    }

    public boolean allReceived() {
        return received == clients;
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double millis(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        return "received %d/%d, p50 %.1f ms, p95 %.1f ms, max %.1f ms".formatted(received, clients, p50Millis,
                p95Millis, maxMillis);
    }
}
