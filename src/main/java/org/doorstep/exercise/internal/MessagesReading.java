package org.doorstep.exercise.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * messages.csv of a zip, its work split between two threads: Commons CSV reads the records on another thread while the
 * caller reads the other files, then the caller counts them as they come. The import's first row waits for the count;
 * split so, the zip's reading phase took 107–110 ms instead of 141–156 (50,000 messages, docs/benchmarks.md).
 */
final class MessagesReading {

    private static final int BATCH = 1000;
    // Batches waiting to be counted: all of 50,000 messages; a larger file waits for the count instead of filling memory.
    private static final int WAITING = 64;

    private record Batch(MessagesCsvParser.@Nullable Columns columns, List<CsvRows.Row> rows,
            @Nullable RuntimeException failure, boolean last) {
    }

    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(WAITING);
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile boolean abandoned;

    private MessagesReading() {
    }

    /**
     * Starts reading on a virtual thread of its own (not a shared pool, where a reading waiting for its count would
     * hold up every other); {@link #count()} or {@link #abandon()} must follow.
     */
    static MessagesReading start(byte[] bytes, String subject) {
        MessagesReading reading = new MessagesReading();
        Thread.startVirtualThread(() -> reading.read(bytes, subject));
        return reading;
    }

    /** Done once the reading thread has stopped, whether read to the end, refused or abandoned. */
    CompletableFuture<Void> stopped() {
        return stopped;
    }

    private void read(byte[] bytes, String subject) {
        try {
            String text = ExportText.read(new ByteArrayInputStream(bytes), subject, ExportText.MAX_MESSAGES_MEGABYTES);
            var batch = new Object() {
                MessagesCsvParser.@Nullable Columns columns;
                List<CsvRows.Row> rows = new ArrayList<>(BATCH);
            };
            CsvRows.forEachUnderHeading(text, subject, MessagesCsvParser.Columns::recognise, (columns, row) -> {
                batch.columns = columns;
                batch.rows.add(row);
                if (batch.rows.size() == BATCH) {
                    hand(new Batch(columns, batch.rows, null, false));
                    batch.rows = new ArrayList<>(BATCH);
                }
            });
            hand(new Batch(batch.columns, batch.rows, null, true));
        } catch (CancellationException e) {
            // nobody waits for the rest
        } catch (RuntimeException e) {
            handFailure(e);
        } finally {
            stopped.complete(null);
        }
    }

    private void handFailure(RuntimeException failure) {
        try {
            hand(new Batch(null, List.of(), failure, true));
        } catch (CancellationException e) {
            // nobody waits for it
        }
    }

    /** Waits for room; stops the reading once the caller has given up (its import refused for another reason). */
    private void hand(Batch batch) {
        try {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new CancellationException("messages.csv no longer wanted");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /**
     * The people messaged, counted on the calling thread as the records arrive.
     *
     * @throws org.doorstep.exercise.ImportRefusedException as {@link MessagesCsvParser#parse} would
     */
    MessagedContacts count() {
        MessagesCsvParser.Tally tally = new MessagesCsvParser.Tally();
        try {
            for (Batch batch = batches.take(); ; batch = batches.take()) {
                RuntimeException failure = batch.failure();
                if (failure != null) {
                    throw failure;
                }
                MessagesCsvParser.Columns columns = batch.columns();
                if (columns != null) { // null only without rows: no heading was found
                    for (CsvRows.Row row : batch.rows()) {
                        tally.accept(columns, row);
                    }
                }
                if (batch.last()) {
                    return tally.result();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading messages.csv", e);
        }
    }

    /** The caller will not count: the reading thread stops handing over records. */
    void abandon() {
        abandoned = true;
    }
}
