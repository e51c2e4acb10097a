package org.doorstep.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import org.doorstep.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every stable URL a later issue fills opens for its role and says what it is for. */
class PlaceholderViewsTest extends KaribuTest {

    @ParameterizedTest(name = "{0} opens {1} titled {2}")
    @CsvSource({
            "admin, admin, Administration"})
    void each_role_opens_its_places_with_a_title(String user, String location, String title) {
        signInAs(user);
        navigate(location);
        assertThat(currentView().getSuperclass()).isEqualTo(PlaceholderView.class);
        assertThat(_get(H2.class).getText()).isEqualTo(title);
        assertThat(((PlaceholderView) com.vaadin.flow.component.UI.getCurrent().getCurrentView()).getPageTitle()).isEqualTo(title);
    }
}
