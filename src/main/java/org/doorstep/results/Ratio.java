package org.doorstep.results;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Latest over baseline. Empty ("n/a") when either figure is missing or the baseline is zero:
 * a ratio to nothing is not infinite, it is unknown.
 */
public final class Ratio {

    private Ratio() {
    }

    public static Optional<Double> of(@Nullable Integer baseline, @Nullable Integer latest) {
        if (baseline == null || latest == null || baseline == 0) {
            return Optional.empty();
        }
        return Optional.of((double) latest / baseline);
    }
}
