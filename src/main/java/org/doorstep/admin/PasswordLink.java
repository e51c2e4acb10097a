package org.doorstep.admin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link for setting a password. When mail can be delivered it went to the person (sentTo, masked
 * like "a…@example.com") and the administrator never sees it (url is null); otherwise it is shown once, to be
 * handed over, and sentTo is null.
 */
public record PasswordLink(@Nullable String url, Instant expiresAt, @Nullable String sentTo) {

    public boolean mailed() {
        return sentTo != null;
    }
}
