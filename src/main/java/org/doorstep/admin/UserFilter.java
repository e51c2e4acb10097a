package org.doorstep.admin;

import org.jspecify.annotations.Nullable;

/**
 * Which accounts the user list shows: text found in the name or username (empty for any), one role (null
 * for any), and active or deactivated ones (null for both).
 */
public record UserFilter(String text, @Nullable String role, @Nullable Boolean active) {

    public static final UserFilter ALL = new UserFilter("", null, null);
}
