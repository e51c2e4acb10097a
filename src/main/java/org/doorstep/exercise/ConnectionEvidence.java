package org.doorstep.exercise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * What LinkedIn's export says about one relationship (filled by the import): messages exchanged, who invited
 * whom and with what note, and whether the connection was made in a burst week. Evidence only: it orders and
 * filters the list, and the trainee decides.
 *
 * @param invitedByThem true: they invited the trainee; false: the trainee invited them; null: no invitation in
 *                      LinkedIn's export window
 * @param burstWeekCount connections made in this connection's week when that week was a burst, otherwise null
 */
public record ConnectionEvidence(int messageCount, @Nullable Boolean invitedByThem, @Nullable String invitationNote,
        @Nullable Integer burstWeekCount) {

    public static final ConnectionEvidence NONE = new ConnectionEvidence(0, null, null, null);

    public boolean neverMessaged() {
        return messageCount == 0;
    }

    public boolean invitedYouWithoutNote() {
        return Boolean.TRUE.equals(invitedByThem) && !hasNote();
    }

    public boolean hasNote() {
        return invitationNote != null && !invitationNote.isBlank();
    }

    public boolean inBurstWeek() {
        return burstWeekCount != null;
    }

    /** The Monday of the week a date falls in: the weeks of the burst rule and the week filter. */
    public static @Nullable LocalDate weekOf(@Nullable LocalDate day) {
        return day == null ? null : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
