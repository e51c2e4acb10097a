package org.doorstep.results;

import java.time.LocalDate;

/** A follow-up due 30, 60 or 90 days after pruning finished, recorded or not, overdue or not. */
public record FollowUp(int days, LocalDate due, boolean recorded, boolean overdue) {
}
