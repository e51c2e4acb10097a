package org.doorstep.workshop;

import java.util.List;

/**
 * The room at a glance for the trainer: who joined and where they are, and the room's pruning exercise in
 * counts only (never a connection's name).
 */
public record RoomProgress(List<Attendee> attendees, int imported, int connections, int reviewed,
        int markedToRemove) {

    public RoomProgress {
        attendees = List.copyOf(attendees);
    }
}
