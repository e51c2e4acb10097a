package org.doorstep.admin;

import java.time.Instant;
import java.util.List;

/** One account in the administrator's list. */
public record UserRow(long id, String username, String displayName, List<String> roles, String organisation,
        boolean active, Instant createdAt) {
}
