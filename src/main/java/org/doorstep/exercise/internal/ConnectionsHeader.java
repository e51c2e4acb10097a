package org.doorstep.exercise.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where each column of a Connections.csv sits, found by name: LinkedIn dropped the URL column from older exports
 * and may move columns again.
 *
 * @param labels the heading as written in the file, trimmed, to name a column in a reason
 */
record ConnectionsHeader(List<String> labels, int firstName, int lastName, int url, int email, int company,
        int position, int connectedOn) {

    static Optional<ConnectionsHeader> recognise(List<String> fields) {
        List<String> labels = fields.stream().map(String::strip).toList();
        List<String> keys = labels.stream().map(label -> label.toLowerCase(Locale.ROOT)).toList();
        int firstName = keys.indexOf("first name");
        int lastName = keys.indexOf("last name");
        int connectedOn = keys.indexOf("connected on");
        if (firstName < 0 || lastName < 0 || connectedOn < 0) {
            return Optional.empty();
        }
        return Optional.of(new ConnectionsHeader(labels, firstName, lastName, keys.indexOf("url"),
                keys.indexOf("email address"), keys.indexOf("company"), keys.indexOf("position"), connectedOn));
    }

    ExportFormat format() {
        return url >= 0 ? ExportFormat.CURRENT : ExportFormat.LEGACY;
    }
}
