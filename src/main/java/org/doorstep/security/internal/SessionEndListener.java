package org.doorstep.security.internal;

import javax.sql.DataSource;
import org.doorstep.base.database.PostgresChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Accounts whose sessions ended on any instance (V016's trigger), so their open screens here close at once.
 * Notifications lost while the connection is away are covered by SessionRevocationFilter at each session's next
 * request.
 */
@Component
class SessionEndListener extends PostgresChannel {

    static final String CHANNEL = "doorstep_sessions";

    private static final Logger log = LoggerFactory.getLogger(SessionEndListener.class);

    private final OpenSessions sessions;

    SessionEndListener(DataSource dataSource, OpenSessions sessions) {
        super(dataSource, CHANNEL, "Session end listener");
        this.sessions = sessions;
    }

    @Override
    protected void notified(String userId) {
        endStale(Long.parseLong(userId));
    }

    private void endStale(long userId) {
        try {
            sessions.endStale(userId);
        } catch (RuntimeException e) {
            log.warn("Could not close the open screens of account {} ({}); they end at their next request", userId,
                    e.getMessage());
        }
    }
}
