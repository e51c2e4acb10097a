package org.doorstep.admin;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account an administrator creates. With a password, the person signs in with it (and must then choose
 * their own); without one (null), the account gets an invitation link instead, and the person chooses their own.
 * The address is needed when mail can be delivered (links and notices go there) and optional otherwise.
 */
public record NewUser(String displayName, String username, @Nullable String email, @Nullable Long organisationId, Set<String> roles,
        Set<Long> memberOf, Set<Long> managerOf, @Nullable String password) {
}
