package org.doorstep.workshop.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/** Opens many simulated tabs at once: each signs in (its own session) and opens the same route. */
public final class VaadinClients {

    private VaadinClients() {
    }

    /**
     * Signs in and opens {@code count} clients, at most {@code parallel} at a time (sign-in hashes a password on the
     * server, so an unbounded rush only queues there). Virtual threads wait on the blocking HTTP calls, so the driver
     * holds no platform thread per client. If any client fails, the opened ones are closed and the failure thrown.
     */
    public static List<VaadinClient> open(URI base, String username, String password, String path, int count,
            int parallel) {
        return open(base, i -> username, password, path, count, parallel);
    }

    /** As {@link #open(URI, String, String, String, int, int)}, client i signing in as {@code usernames.apply(i)}. */
    public static List<VaadinClient> open(URI base, IntFunction<String> usernames, String password, String path,
            int count, int parallel) {
        Semaphore slots = new Semaphore(parallel);
        List<Future<VaadinClient>> opening = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String username = usernames.apply(i);
                opening.add(threads.submit(() -> {
                    slots.acquire();
                    try {
                        VaadinClient client = new VaadinClient().signIn(base, username, password);
                        client.open(path);
                        return client;
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
        List<VaadinClient> clients = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<VaadinClient> client : opening) {
            try {
                clients.add(client.get());
            } catch (ExecutionException | InterruptedException e) {
                failure = failure == null ? new IllegalStateException("A client did not open", e) : failure;
            }
        }
        if (failure != null) {
            closeAll(clients);
            throw failure;
        }
        return clients;
    }

    /** Closes every client (each sends its unload beacon), several at a time. */
    public static void closeAll(List<VaadinClient> clients) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore slots = new Semaphore(16);
            clients.forEach(client -> threads.submit(() -> {
                slots.acquireUninterruptibly();
                try {
                    client.close();
                } finally {
                    slots.release();
                }
            }));
        }
    }
}
