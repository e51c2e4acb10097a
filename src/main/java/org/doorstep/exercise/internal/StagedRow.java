package org.doorstep.exercise.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A parsed connection ready to stage: its match keys, its fields, and what the export says of the relationship.
 *
 * @param messageCount  messages exchanged with them in messages.csv; above 0 suggests "spoken to them"
 * @param invitedByThem from Invitations.csv: true when they invited the member, false when the member invited them,
 *                      null when the file lists no invitation between them
 * @param invitationNote the invitation's message, null when none
 */
record StagedRow(String matchKey, String nameKey, String firstName, String lastName, @Nullable String profileUrl,
        @Nullable String email, @Nullable String company, @Nullable String position, LocalDate connectedOn, int messageCount,
        @Nullable Boolean invitedByThem, @Nullable String invitationNote) {

    boolean messaged() {
        return messageCount > 0;
    }
}
