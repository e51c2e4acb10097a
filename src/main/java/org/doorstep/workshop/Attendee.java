package org.doorstep.workshop;

/** Someone in the room, for the trainer's eyes only; the step is where they are now. */
public record Attendee(String name, int step) {
}
