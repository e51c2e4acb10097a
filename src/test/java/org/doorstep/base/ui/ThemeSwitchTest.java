package org.doorstep.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import org.doorstep.KaribuTest;
import org.doorstep.base.PreferenceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ThemeSwitchTest extends KaribuTest {

    @Autowired
    PreferenceService preferences;

    @AfterEach
    void backToLight() {
        signInAs("admin");
        preferences.setColorScheme(PreferenceService.ColorScheme.LIGHT);
    }

    @Test
    void switching_to_dark_mode_applies_at_once_and_is_remembered_for_the_user() {
        signInAs("admin");
        navigate("");
        _click(_get(ThemeSwitch.class));

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(preferences.colorScheme()).isEqualTo(PreferenceService.ColorScheme.DARK);
        assertThat(_get(ThemeSwitch.class).getText()).isEqualTo("Light mode");
    }

    @Test
    void a_remembered_dark_mode_is_applied_when_the_shell_opens() {
        signInAs("admin");
        preferences.setColorScheme(PreferenceService.ColorScheme.DARK);
        navigate("admin");
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
    }
}
