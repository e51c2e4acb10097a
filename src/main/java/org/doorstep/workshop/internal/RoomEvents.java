package org.doorstep.workshop.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every instance that a session changed, through PostgreSQL NOTIFY: sent inside the caller's
 * transaction, so it goes out on commit (never for a change rolled back) and listeners read committed data.
 * The payload is only the session id; each instance reads the room once and pushes it to its own screens.
 */
@Component
public class RoomEvents {

    static final String CHANNEL = "doorstep_workshop";

    private final JdbcClient jdbc;

    RoomEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void changed(long sessionId) {
        jdbc.sql("select pg_notify('" + CHANNEL + "', ?)").param(Long.toString(sessionId)).query().singleRow();
    }
}
