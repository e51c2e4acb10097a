package org.doorstep.workshop;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * What every trainee's screen shows of a live session, the same for the whole room: built once per change
 * and instance, then pushed to each screen. Poll results are in only once the trainer revealed them; the
 * planned start is in so that a waiting room sees a move.
 */
public record Room(long sessionId, String code, SessionState state, int currentStep, boolean selfPaced,
        Map<Integer, PollResult> revealed, Instant startsAt, ZoneId timeZone) {

    public Room {
        revealed = Map.copyOf(revealed);
    }
}
