package org.doorstep.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account an administrator creates. Without a password (null) it gets one nobody knows, for an invitation
 * link to replace; with one, the person must choose their own after signing in with it.
 */
public record NewAccount(String displayName, String username, @Nullable String email, @Nullable Long organisationId, Set<String> roles,
        Set<Long> memberOf, Set<Long> managerOf, @Nullable String password) {
}
