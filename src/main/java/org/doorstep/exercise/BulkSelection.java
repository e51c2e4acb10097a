package org.doorstep.exercise;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The connections a bulk decision is for: every one the filter matches (worked out by the database, never
 * loaded), or the ticked ones. Either way only the trainee's own connections still on LinkedIn.
 */
public record BulkSelection(@Nullable ConnectionFilter filter, @Nullable Set<Long> ids) {

    public BulkSelection {
        if ((filter == null) == (ids == null)) {
            throw new IllegalArgumentException("A filter or ticked ids, not both");
        }
        ids = ids == null ? null : Set.copyOf(ids);
    }

    public static BulkSelection matching(ConnectionFilter filter) {
        return new BulkSelection(filter, null);
    }

    public static BulkSelection ticked(Set<Long> ids) {
        return new BulkSelection(null, ids);
    }
}
