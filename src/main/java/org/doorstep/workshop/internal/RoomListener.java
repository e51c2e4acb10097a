package org.doorstep.workshop.internal;

import javax.sql.DataSource;
import org.doorstep.base.database.PostgresChannel;
import org.springframework.stereotype.Component;

/**
 * Session changes from any instance, handed to this instance's live rooms. After a lost connection every open
 * room is refreshed, since the notifications sent meanwhile are gone.
 */
@Component
class RoomListener extends PostgresChannel {

    private final LiveRooms rooms;

    RoomListener(DataSource dataSource, LiveRooms rooms) {
        super(dataSource, RoomEvents.CHANNEL, "Workshop listener");
        this.rooms = rooms;
    }

    @Override
    protected void caughtUp() {
        rooms.refreshAll();
    }

    @Override
    protected void notified(String sessionId) {
        rooms.changed(Long.parseLong(sessionId));
    }
}
