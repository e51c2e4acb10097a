package org.doorstep.base;

import jakarta.annotation.PreDestroy;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL can be reached, as a probe (every second) and failed requests saw it. One WARN when it goes
 * away and one INFO when it is back, instead of a stack trace per request; readiness, the sign-in check and the
 * screens read it, so during an outage they answer at once instead of each waiting for a connection.
 */
@Component
public class DatabaseAvailability {

    /** Published when PostgreSQL goes away or comes back. */
    public record Changed(boolean reachable) {
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("database-probe").daemon().factory());
    /** Null while reachable; else when the outage began. */
    private final AtomicReference<@Nullable Instant> downSince = new AtomicReference<>();

    DatabaseAvailability(DataSource dataSource, ApplicationEventPublisher events, Clock clock,
            @Value("${doorstep.database.probe-interval:1s}") Duration interval) {
        this.dataSource = dataSource;
        this.events = events;
        this.clock = clock;
        probe.scheduleWithFixedDelay(this::probe, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean reachable() {
        return downSince.get() == null;
    }

    /**
     * Whether this failure, anywhere in its causes, means PostgreSQL cannot be reached: no connection (SQL state
     * class 08), a server shutting down or starting (57P01–57P03), a refused socket. A pool that is merely busy
     * (a timeout without such a cause) is not an outage.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DatabaseUnavailableException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /** A request met the outage: marks PostgreSQL away (logged once) so the next ones need not wait. */
    public void lost(Throwable failure) {
        Instant now = clock.instant();
        if (downSince.compareAndSet(null, now)) {
            log.warn("PostgreSQL cannot be reached ({}); answering 'database unavailable' until it is back",
                    rootMessage(failure));
            events.publishEvent(new Changed(false));
        }
    }

    private void back() {
        Instant since = downSince.getAndSet(null);
        if (since != null) {
            log.info("PostgreSQL is reachable again after {} s", Duration.between(since, clock.instant()).toSeconds());
            events.publishEvent(new Changed(true));
        }
    }

    private void probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(1)) {
                back();
            } else {
                lost(new DatabaseUnavailableException("the connection did not answer"));
            }
        } catch (SQLException | RuntimeException e) {
            if (isOutage(e)) {
                lost(e);
            }
        }
    }

    private static @Nullable String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @PreDestroy
    void stopProbing() {
        probe.shutdownNow();
    }
}
