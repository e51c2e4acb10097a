package org.doorstep;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The route table of {@link RouteAccessMatrixTest}, navigated for real (Karibu, through Vaadin's access checker): as a
 * visitor and as each demo account, every route that is not open to everyone and takes no parameter opens exactly
 * where the table has an "x".
 */
class RouteNavigationTest extends KaribuTest {

    private static final List<String> COLUMNS = List.of("", "trainee", "trainer", "manager", "admin");

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"", "trainee", "trainer", "manager", "admin"})
    void each_guarded_route_opens_exactly_for_the_roles_the_table_gives_it(String username) throws Exception {
        if (!username.isEmpty()) {
            signInAs(username);
        }
        Map<String, String> table = RouteAccessMatrixTest.expected();
        int column = COLUMNS.indexOf(username);
        int checked = 0;
        for (Class<?> view : RouteAccessMatrixTest.routes()) {
            String path = view.getAnnotation(Route.class).value();
            if (path.contains(":") || HasUrlParameter.class.isAssignableFrom(view)
                    || view.isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            boolean allowed = table.get(view.getSimpleName()).split(" ")[column].equals("x");
            boolean opened;
            try {
                navigate(path);
                opened = currentView() == view;
            } catch (MockAccessDeniedException refused) {
                opened = false; // Karibu's stand-in for Vaadin's access-denied page of a signed-in person
            }
            assertThat(opened).as("%s opening /%s", username.isEmpty() ? "a visitor" : username, path)
                    .isEqualTo(allowed);
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }
}
