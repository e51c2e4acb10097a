package org.doorstep.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** A file a link hands over, made when it is clicked (so it shows the data as it is then, not as it was). */
public final class Downloads {

    private Downloads() {
    }

    public static DownloadHandler bytes(Supplier<byte[]> content, String fileName, String contentType) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }

    /** Text in UTF-8, e.g. {@code text(csv, "report.csv", "text/csv")}. */
    public static DownloadHandler text(Supplier<String> content, String fileName, String mediaType) {
        return bytes(() -> content.get().getBytes(StandardCharsets.UTF_8), fileName, mediaType + "; charset=utf-8");
    }
}
