package org.doorstep.exercise.ui;

/** The triage's orders: by date either way, or likely strangers first (see ConnectionFilter#strangersFirst). */
enum TriageOrder {
    NEWEST, OLDEST, STRANGERS;

    String key() {
        return "exercise.sort." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
