package org.doorstep.workshop.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorstep.workshop.PollResult;
import org.doorstep.workshop.Room;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the room as every trainee sees it: the session's position and only the revealed results. */
@Component
public class RoomReader {

    private final WorkshopStore store;

    RoomReader(WorkshopStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Optional<Room> room(long sessionId) {
        return store.byId(sessionId).map(session -> {
            Set<Integer> revealed = store.revealed(session.id());
            Map<Integer, PollResult> shown = new HashMap<>();
            store.results(session.id(), revealed).forEach((step, result) -> shown.put(step, withoutHidden(result)));
            return new Room(session.id(), session.code(), session.state(), session.currentStep(), session.selfPaced(),
                    shown, session.startsAt(), session.timeZone());
        });
    }

    /** A hidden reflection leaves the room entirely, not just the screen. */
    private static PollResult withoutHidden(PollResult result) {
        return new PollResult(result.step(), result.counts(), result.answered(), result.visibleTexts());
    }
}
