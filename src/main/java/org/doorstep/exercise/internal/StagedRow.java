package org.doorstep.exercise.internal;

import java.time.LocalDate;

/** A parsed connection ready to stage: its match keys, its fields, and whether messages.csv names it. */
record StagedRow(String matchKey, String nameKey, String firstName, String lastName, String profileUrl,
        String email, String company, String position, LocalDate connectedOn, boolean messaged) {
}
