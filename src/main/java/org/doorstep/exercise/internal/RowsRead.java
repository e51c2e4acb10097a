package org.doorstep.exercise.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a Connections.csv as another thread reads them: a first import stores the first ones while the rest
 * are read. Whoever asks for rows not read yet waits; a refusal found on the way is thrown to them.
 */
final class RowsRead {

    private final List<CsvRows.Row> rows = new ArrayList<>();
    private @Nullable ConnectionsHeader header;
    private boolean done;
    private @Nullable RuntimeException failure;

    synchronized void header(ConnectionsHeader found) {
        header = found;
        notifyAll();
    }

    synchronized void add(CsvRows.Row row) {
        rows.add(row);
        if (rows.size() % ConnectionImports.CHUNK == 0) {
            notifyAll();
        }
    }

    /** The end of the file, or the refusal that stopped the reading. */
    synchronized void finish(@Nullable RuntimeException refusal) {
        failure = refusal;
        done = true;
        notifyAll();
    }

    /** Waits for the heading; a file refused before it throws that refusal. */
    synchronized ConnectionsHeader awaitHeader() {
        await(Integer.MAX_VALUE, true);
        if (header == null) {
            throw failure != null ? failure : new IllegalStateException("No heading and no refusal");
        }
        return header;
    }

    /**
     * How many of the first {@code wanted} rows there are, waiting until they are read or the file ends.
     *
     * @throws org.doorstep.exercise.ImportRefusedException once the reading has ended in a refusal
     */
    synchronized int available(int wanted) {
        await(wanted, false);
        if (done && failure != null) {
            throw failure;
        }
        return Math.min(wanted, rows.size());
    }

    /** Rows from..to (exclusive), read already ({@link #available}). */
    synchronized List<CsvRows.Row> slice(int from, int to) {
        return List.copyOf(rows.subList(from, to));
    }

    /** Every row, once the whole file is read. */
    List<CsvRows.Row> all() {
        int count = available(Integer.MAX_VALUE);
        return slice(0, count);
    }

    /** Until the file ends, {@code wanted} rows are read, or (orHeader) the heading is: wait() gives up the lock. */
    private synchronized void await(int wanted, boolean orHeader) {
        while (!done && rows.size() < wanted && !(orHeader && header != null)) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading Connections.csv", e);
            }
        }
    }
}
