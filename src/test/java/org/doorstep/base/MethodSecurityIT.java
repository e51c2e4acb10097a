package org.doorstep.base;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/** Services refuse callers without the right sign-in, whatever view calls them. */
@SpringBootTest
@ActiveProfiles("test")
class MethodSecurityIT {

    @Autowired
    PreferenceService preferences;

    @Test
    void preferences_cannot_be_read_or_written_without_signing_in() {
        assertThatThrownBy(() -> preferences.colorScheme()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> preferences.setColorScheme(PreferenceService.ColorScheme.DARK))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
