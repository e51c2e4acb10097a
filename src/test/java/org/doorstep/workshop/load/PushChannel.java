package org.doorstep.workshop.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * One UI's push websocket: receives, never sends (Vaadin tells its client {@code alwaysXhrToServer}), keeps every
 * pushed message with its arrival time and completes whoever waits for a text. It does not reconnect: a closed
 * socket stays closed and says why, so a benchmark counts it instead of hiding it.
 */
final class PushChannel {

    private final IntConsumer syncIdSeen;
    private final List<Consumer<PushedMessage>> listeners = new CopyOnWriteArrayList<>();
    /** Every pushed message, in arrival order; guarded by itself, as are the waiters. */
    private final List<PushedMessage> received = new ArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private final CompletableFuture<String> handshake = new CompletableFuture<>();
    private volatile WebSocket socket;
    private volatile String closedBecause;

    /** @param syncIdSeen told the sync id of every pushed message, so the client's next request can say it saw it */
    PushChannel(IntConsumer syncIdSeen) {
        this.syncIdSeen = syncIdSeen;
    }

    /** Opens the socket and waits for Atmosphere's handshake: from then on the server pushes straight to it. */
    void connect(HttpClient http, URI address, Map<String, String> headers, Duration timeout) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(timeout);
        headers.forEach(builder::header);
        try {
            socket = builder.buildAsync(address, new Listener()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            handshake.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Push websocket " + address.getRawQuery() + " did not open", e);
        }
    }

    void onMessage(Consumer<PushedMessage> listener) {
        listeners.add(listener);
    }

    CompletableFuture<PushedMessage> messageContaining(String text) {
        synchronized (received) {
            Optional<PushedMessage> already = received.stream().filter(message -> message.contains(text)).findFirst();
            if (already.isPresent()) {
                return CompletableFuture.completedFuture(already.get());
            }
            if (closedBecause != null) {
                return CompletableFuture.failedFuture(closed());
            }
            Waiter waiter = new Waiter(text, new CompletableFuture<>());
            waiters.add(waiter);
            return waiter.result;
        }
    }

    List<PushedMessage> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    boolean connected() {
        return socket != null && closedBecause == null;
    }

    Optional<String> closedBecause() {
        return Optional.ofNullable(closedBecause);
    }

    void close() {
        WebSocket open = socket;
        if (open != null && !open.isOutputClosed()) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(failure -> {
                open.abort();
                return null;
            });
        }
        ended("closed by the client");
    }

    private void pushed(String json, long arrivedNanos) {
        PushedMessage message = new PushedMessage(json, arrivedNanos);
        try {
            syncIdSeen.accept(JsonMapper.shared().readTree(json).path("syncId").asInt(-1));
        } catch (RuntimeException notJson) {
            // still delivered: the listener decides what an odd message means
        }
        synchronized (received) {
            received.add(message);
            for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
                Waiter waiter = it.next();
                if (message.contains(waiter.text)) {
                    waiter.result.complete(message);
                    it.remove();
                }
            }
        }
        listeners.forEach(listener -> listener.accept(message));
    }

    /** A closed socket brings nothing more: whoever waits for a push hears why at once. */
    private void ended(String why) {
        synchronized (received) {
            closedBecause = closedBecause == null ? why : closedBecause;
            handshake.completeExceptionally(closed());
            waiters.forEach(waiter -> waiter.result.completeExceptionally(closed()));
            waiters.clear();
        }
    }

    private IllegalStateException closed() {
        return new IllegalStateException("push websocket closed: " + closedBecause);
    }

    private record Waiter(String text, CompletableFuture<PushedMessage> result) {
    }

    /** Feeds the socket's text to the Atmosphere framing; stamps the arrival before any parsing. */
    private final class Listener implements WebSocket.Listener {

        private final AtmosphereStream stream = new AtmosphereStream();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            try {
                List<String> messages = stream.accept(data);
                if (stream.trackingId() != null) {
                    handshake.complete(stream.trackingId());
                }
                messages.forEach(message -> pushed(message, now));
            } catch (RuntimeException e) {
                ended("unreadable push: " + e.getMessage());
                webSocket.abort();
                return null;
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended("status " + statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ended(error.toString());
        }
    }
}
