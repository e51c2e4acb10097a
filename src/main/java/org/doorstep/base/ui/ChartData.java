package org.doorstep.base.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Chart} shows: one value per label in each dataset, {@code null} for "no value"
 * (a gap in a line, no bar, "—" in the table).
 */
public record ChartData(Type type, List<String> labels, List<Dataset> datasets, String xTitle, String yTitle) {

    public enum Type { LINE, BAR }

    /** One series; {@code values} may hold nulls, so it is copied without List.copyOf. */
    public record Dataset(String label, List<Double> values) {
        public Dataset {
            Objects.requireNonNull(label, "label");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public ChartData {
        Objects.requireNonNull(type, "type");
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
        for (Dataset dataset : datasets) {
            if (dataset.values().size() != labels.size()) {
                throw new IllegalArgumentException("Dataset '" + dataset.label() + "' has "
                        + dataset.values().size() + " values for " + labels.size() + " labels");
            }
        }
        xTitle = xTitle == null ? "" : xTitle;
        yTitle = yTitle == null ? "" : yTitle;
    }
}
