package org.doorstep.admin;

import java.time.Instant;

/** A one-time link for setting a password: the token for the address /set-password?token=…, shown once. */
public record PasswordLink(String token, Instant expiresAt) {

    public String path() {
        return "set-password?token=" + token;
    }
}
