package org.doorstep.base.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One connection per instance LISTENing on a PostgreSQL channel, so that what any instance NOTIFYs reaches this
 * one. If the connection drops it reconnects, backing off to 10 s; notifications sent meanwhile are lost, which
 * {@link #caughtUp()} lets each subclass make up for.
 */
public abstract class PostgresChannel implements SmartLifecycle {

    private static final int WAIT_MILLIS = 250;
    private static final long FIRST_BACKOFF = 500;

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final DataSource dataSource;
    private final String channel;
    private final String name;
    private volatile boolean running;
    private @Nullable Thread thread;

    /** {@code name} says in the log and the thread's name what listens, e.g. "Workshop listener". */
    protected PostgresChannel(DataSource dataSource, String channel, String name) {
        this.dataSource = dataSource;
        // LISTEN takes no bind parameter, so the name goes into the SQL: only a plain identifier may.
        if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain channel name: " + channel);
        }
        this.channel = channel;
        this.name = name;
    }

    /** LISTEN is in place, at start or after a lost connection: what was missed meanwhile can be caught up. */
    protected void caughtUp() {
    }

    /** One notification's payload. */
    protected abstract void notified(String payload);

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
                .start(this::listenUntilStopped);
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

    private void listenUntilStopped() {
        long backoff = FIRST_BACKOFF;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + channel);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                if (backoff > FIRST_BACKOFF) {
                    log.info("{} is listening again", name);
                }
                caughtUp();
                backoff = FIRST_BACKOFF;
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            notified(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    // Said once per loss; the retries of a long database outage go to DEBUG.
                    if (backoff == FIRST_BACKOFF) {
                        log.warn("{} lost its connection ({}); retrying", name, e.getMessage());
                    } else {
                        log.debug("{} still without a connection ({}); retrying in {} ms", name, e.getMessage(), backoff);
                    }
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
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
