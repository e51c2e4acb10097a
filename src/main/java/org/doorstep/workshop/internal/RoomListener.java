package org.doorstep.workshop.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One connection per instance LISTENing for session changes from any instance, handing them to the
 * instance's live rooms. If the connection drops, it reconnects and refreshes every open room, since
 * notifications sent meanwhile are lost.
 */
@Component
class RoomListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RoomListener.class);
    private static final int WAIT_MILLIS = 250;

    private final DataSource dataSource;
    private final LiveRooms rooms;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    RoomListener(DataSource dataSource, LiveRooms rooms) {
        this.dataSource = dataSource;
        this.rooms = rooms;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("workshop-listener").start(this::listenUntilStopped);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(WAIT_MILLIS * 8L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True once LISTEN is in place: tests wait for it before they expect notifications. */
    boolean listening() {
        return listening;
    }

    private void listenUntilStopped() {
        long backoff = 500;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + RoomEvents.CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                if (backoff > 500) {
                    log.info("Workshop listener is listening again");
                }
                rooms.refreshAll();
                backoff = 500;
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            rooms.changed(Long.parseLong(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    // Said once per loss; the retries of a long database outage go to DEBUG.
                    if (backoff == 500) {
                        log.warn("Workshop listener lost its connection ({}); retrying", e.getMessage());
                    } else {
                        log.debug("Workshop listener still without a connection ({}); retrying in {} ms", e.getMessage(),
                                backoff);
                    }
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
        }
        listening = false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
