package org.doorstep.results;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Follow-ups at +30, +60 and +90 days after pruning finished. The k-th counts as recorded once k
 * follow-ups are dated after that day; a due date passed without it is overdue.
 */
public final class FollowUps {

    public static final List<Integer> DAYS = List.of(30, 60, 90);

    private FollowUps() {
    }

    public static List<FollowUp> of(@Nullable LocalDate finished, List<Snapshot> snapshots, LocalDate today) {
        if (finished == null) {
            return List.of();
        }
        return of(finished, snapshots.stream().filter(s -> !s.baseline() && s.takenOn().isAfter(finished)).count(), today);
    }

    /** The same from how many follow-ups are dated after the day pruning finished. */
    public static List<FollowUp> of(@Nullable LocalDate finished, long recordedAfter, LocalDate today) {
        if (finished == null) {
            return List.of();
        }
        return IntStream.range(0, DAYS.size()).mapToObj(k -> {
            LocalDate due = finished.plusDays(DAYS.get(k));
            boolean recorded = recordedAfter > k;
            return new FollowUp(DAYS.get(k), due, recorded, !recorded && today.isAfter(due));
        }).toList();
    }
}
