package org.doorstep.workshop.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.doorstep.workshop.Room;
import org.doorstep.workshop.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This instance's open screens per session: trainees' screens get the room itself, presenters a nudge to
 * reload what only they may see. A change reads the room once for all screens, and only a room that looks
 * different reaches trainees (an answer while results are hidden changes nothing on their screens).
 * Bursts coalesce: while a refresh of a session is queued, further changes ride along with it.
 */
@Component
public class LiveRooms implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveRooms.class);

    private final RoomReader reader;
    private final Map<Long, Set<Consumer<Room>>> screens = new ConcurrentHashMap<>();
    private final Map<Long, Set<Runnable>> presenters = new ConcurrentHashMap<>();
    private final Map<Long, Room> lastShown = new ConcurrentHashMap<>();
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    // A few threads, so one slow screen does not hold up the rest of the room.
    private final ExecutorService delivery = Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon()
            .name("workshop-push-", 0).factory());

    LiveRooms(RoomReader reader) {
        this.reader = reader;
    }

    public Subscription follow(long sessionId, Consumer<Room> screen) {
        screens.computeIfAbsent(sessionId, id -> new CopyOnWriteArraySet<>()).add(screen);
        return () -> forget(screens, sessionId, screen);
    }

    public Subscription watch(long sessionId, Runnable presenter) {
        presenters.computeIfAbsent(sessionId, id -> new CopyOnWriteArraySet<>()).add(presenter);
        return () -> forget(presenters, sessionId, presenter);
    }

    /** How many screens and presenters this instance holds, over all sessions. */
    public int registered() {
        return screens.values().stream().mapToInt(Set::size).sum() + presenters.values().stream().mapToInt(Set::size).sum();
    }

    void changed(long sessionId) {
        if ((screens.containsKey(sessionId) || presenters.containsKey(sessionId)) && queued.add(sessionId)) {
            delivery.execute(() -> {
                queued.remove(sessionId);
                refresh(sessionId);
            });
        }
    }

    void refreshAll() {
        screens.keySet().forEach(this::changed);
        presenters.keySet().forEach(this::changed);
    }

    private void refresh(long sessionId) {
        Room room;
        try {
            room = reader.room(sessionId).orElse(null);
        } catch (RuntimeException e) {
            log.warn("Could not read workshop session {}: {}", sessionId, e.getMessage());
            return;
        }
        if (room == null) {
            return;
        }
        presenters.getOrDefault(sessionId, Set.of()).forEach(this::deliver);
        if (!room.equals(lastShown.put(sessionId, room))) {
            screens.getOrDefault(sessionId, Set.of()).forEach(screen -> deliver(() -> screen.accept(room)));
        }
        if (room.state().over()) {
            // Screens got the ending; the session will not change again, so nothing of it stays here.
            screens.remove(sessionId);
            presenters.remove(sessionId);
            lastShown.remove(sessionId);
        }
    }

    /** A screen closing while its update is on the way must not stop the others'. */
    private void deliver(Runnable update) {
        delivery.execute(() -> {
            try {
                update.run();
            } catch (RuntimeException e) {
                log.debug("A workshop screen did not take an update: {}", e.toString());
            }
        });
    }

    private <T> void forget(Map<Long, Set<T>> registry, long sessionId, T subscriber) {
        registry.computeIfPresent(sessionId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
        if (!screens.containsKey(sessionId) && !presenters.containsKey(sessionId)) {
            lastShown.remove(sessionId);
        }
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
