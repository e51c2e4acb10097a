package org.doorstep.base;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/** The median, as reports summarise ratios (a mean would let one outlier speak for everyone). */
public final class Median {

    private Median() {
    }

    /** Empty for no values; the mean of the middle two for an even count. */
    public static Optional<Double> of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Optional.empty();
        }
        int middle = sorted.length / 2;
        return Optional.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }
}
