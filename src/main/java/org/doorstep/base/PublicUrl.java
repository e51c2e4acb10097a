package org.doorstep.base;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The address people reach Doorstep at (DOORSTEP_PUBLIC_URL, e.g. https://doorstep.example.com): the base of
 * every link Doorstep sends or shows. Without it, http://localhost and the port the server listens on.
 */
@Component
public class PublicUrl {

    private final @Nullable String configured;
    private volatile int port;

    PublicUrl(@Value("${doorstep.public-url:}") String configured, @Value("${server.port:8080}") int port) {
        this.configured = StringUtils.hasText(configured) ? configured.strip().replaceAll("/+$", "") : null;
        this.port = port;
    }

    /** Learns the real port when it was chosen at start (server.port=0, as in tests). */
    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    /** The base address, without a trailing slash. */
    public String base() {
        return configured != null ? configured : "http://localhost:" + port;
    }

    /** An absolute link to a path of this application, e.g. {@code link("/login")}. */
    public String link(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }
}
