package org.doorstep.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * ASVS V2.1: 12 to 128 characters, any characters, no composition rules; refuses passwords found
 * in zxcvbn's lists of the most used ones (and trivial variants), or built from the user's own name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The translation key of the first problem, or empty when the password is acceptable. */
    public Optional<String> problem(String password, String... userInputs) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        Strength strength = zxcvbn.measure(password, List.of(userInputs));
        // Score 0-1: guessable within ~10^6 attempts, i.e. a listed password, a keyboard walk or a name.
        if (strength.getScore() < 2) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }
}
