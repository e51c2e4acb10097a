package org.doorstep.base;

import java.util.Objects;
import org.doorstep.base.internal.UserPreference;
import org.doorstep.base.internal.UserPreferenceRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own shell settings; nobody reads or writes another user's. */
@Service
@PreAuthorize("isAuthenticated()")
public class PreferenceService {

    public enum ColorScheme { LIGHT, DARK }

    private final UserPreferenceRepository preferences;

    PreferenceService(UserPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public ColorScheme colorScheme() {
        return preferences.findById(currentUsername())
                .map(p -> ColorScheme.valueOf(p.getColorScheme()))
                .orElse(ColorScheme.LIGHT);
    }

    @Transactional
    public void setColorScheme(ColorScheme scheme) {
        String username = currentUsername();
        UserPreference preference = preferences.findById(username)
                .orElseGet(() -> new UserPreference(username, scheme.name()));
        preference.setColorScheme(scheme.name());
        preferences.save(preference);
    }

    private static String currentUsername() {
        return Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication(),
                "the service is guarded, so someone is signed in").getName();
    }
}
