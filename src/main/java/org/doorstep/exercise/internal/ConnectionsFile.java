package org.doorstep.exercise.internal;

import java.util.List;

/** A Connections.csv that was accepted: the rows that could be read, and the rows left out with their reasons. */
public record ConnectionsFile(ExportFormat format, List<ParsedConnection> connections, List<SkippedRow> skipped) {

    public ConnectionsFile {
        connections = List.copyOf(connections);
        skipped = List.copyOf(skipped);
    }
}
