package org.doorstep.security;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as it was stored: names cleaned, the address (null when none), roles and team names. */
public record CreatedAccount(long id, String username, String displayName, @Nullable String email, Set<String> roles,
        List<String> teams) {
}
