package org.doorstep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload handler that writes at most {@code maxBytes} of one file to disk, in a temporary folder of its own.
 * A declared length over the limit is refused before a byte is read; a stream without one (chunked) is cut off
 * at the limit, and what was written goes. Multipart uploads get the same limits (and Spring's multipart limits
 * in application.properties stop them earlier). A refusal answers 422 naming the limit and tells the screen;
 * whatever else happens, a file not handed over is deleted with its folder, and the receiver must
 * {@link #discard} the one it gets.
 */
public final class BoundedUpload implements UploadHandler {

    /** What the screen does with a file that arrived whole; it runs in the UI's lock. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void received(String fileName, Path file);
    }

    static final String FOLDER_PREFIX = "doorstep-upload-";
    private static final Logger log = LoggerFactory.getLogger(BoundedUpload.class);
    private static final int MULTIPART_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final String refusal;
    private final Receiver receiver;
    private final SerializableRunnable refused;

    /** {@code refusal} is the message (naming the limit) both the upload's answer and {@code refused} carry. */
    public BoundedUpload(long maxBytes, String refusal, Receiver receiver, SerializableRunnable refused) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
        this.receiver = receiver;
        this.refused = refused;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, event.getFileSize());
            return;
        }
        Path file = null;
        boolean handedOver = false;
        try {
            file = temporaryFile();
            long written;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                written = copyAtMost(in, out, maxBytes);
            }
            if (written > maxBytes) {
                refuse(event, ui, written);
                return;
            }
            Path arrived = file;
            ui.access(() -> receiver.received(event.getFileName(), arrived));
            handedOver = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!handedOver) {
                discard(file);
            }
        }
    }

    private void refuse(UploadEvent event, UI ui, long size) {
        log.info("Upload refused: {} bytes or more, more than the {} allowed", size, maxBytes);
        event.reject(refusal);
        ui.access(refused::run);
    }

    /** Copies until the stream ends or would pass the limit; then answers limit + 1, having written no more than it. */
    static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long written = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            if (written + read > maxBytes) {
                return maxBytes + 1;
            }
            out.write(buffer, 0, read);
            written += read;
        }
        return written;
    }

    /** A new empty file in a new folder of its own under the system's temporary directory. */
    public static Path temporaryFile() throws IOException {
        return Files.createTempFile(Files.createTempDirectory(FOLDER_PREFIX), "upload", ".tmp");
    }

    /** Deletes an uploaded file and its folder; null and missing files are fine. */
    public static void discard(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Path folder = file.getParent();
            Path folderName = folder == null ? null : folder.getFileName();
            if (folderName != null && folderName.toString().startsWith(FOLDER_PREFIX)) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", file, e.toString());
        }
    }
}
