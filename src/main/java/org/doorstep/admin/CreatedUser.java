package org.doorstep.admin;

import java.util.Optional;

/** A new account, with its invitation link's token when it was created without a password. */
public record CreatedUser(long id, String username, Optional<PasswordLink> invitation) {
}
