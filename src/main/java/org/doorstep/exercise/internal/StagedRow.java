package org.doorstep.exercise.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A parsed connection ready to stage: its match keys, its fields, and whether messages.csv names it. */
record StagedRow(String matchKey, String nameKey, String firstName, String lastName,
        @Nullable String profileUrl, @Nullable String email, @Nullable String company, @Nullable String position,
        LocalDate connectedOn, boolean messaged) {
}
