package org.doorstep.security.internal;

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
 * One connection per instance LISTENing for accounts whose sessions ended on any instance (V017's trigger), so
 * their open screens here close at once. Notifications lost while the connection is away are covered by
 * SessionRevocationFilter at each session's next request.
 */
@Component
class SessionEndListener implements SmartLifecycle {

    static final String CHANNEL = "doorstep_sessions";

    private static final Logger log = LoggerFactory.getLogger(SessionEndListener.class);
    private static final int WAIT_MILLIS = 250;

    private final DataSource dataSource;
    private final OpenSessions sessions;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    SessionEndListener(DataSource dataSource, OpenSessions sessions) {
        this.dataSource = dataSource;
        this.sessions = sessions;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("session-end-listener").start(this::listenUntilStopped);
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
                statement.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                if (backoff > 500) {
                    log.info("Session end listener is listening again");
                }
                backoff = 500;
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            endStale(Long.parseLong(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    // Said once per loss; the retries of a long database outage go to DEBUG.
                    if (backoff == 500) {
                        log.warn("Session end listener lost its connection ({}); retrying", e.getMessage());
                    } else {
                        log.debug("Session end listener still without a connection ({}); retrying in {} ms", e.getMessage(),
                                backoff);
                    }
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
        }
        listening = false;
    }

    private void endStale(long userId) {
        try {
            sessions.endStale(userId);
        } catch (RuntimeException e) {
            log.warn("Could not close the open screens of account {} ({}); they end at their next request", userId,
                    e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
