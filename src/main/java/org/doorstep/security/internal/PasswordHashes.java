package org.doorstep.security.internal;

import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password's hash for storing. Spring's encoder answers null only for a null password, which never reaches here. */
public final class PasswordHashes {

    private PasswordHashes() {
    }

    public static String hash(PasswordEncoder encoder, CharSequence password) {
        return Objects.requireNonNull(encoder.encode(password), "the password encoder gave no hash for a password");
    }
}
