package org.doorstep.admin;

import java.util.Set;

/**
 * An account an administrator creates. With a password, the person signs in with it; without one (null),
 * the account gets an invitation link instead, and the person chooses their own.
 */
public record NewUser(String displayName, String username, Long organisationId, Set<String> roles,
        Set<Long> memberOf, Set<Long> managerOf, String password) {
}
