package org.doorstep;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browserless view tests: the real Spring context and database, Vaadin mocked by Karibu. Each test runs in a
 * transaction rolled back at its end (the view's service calls join it, on the test's thread); a test of push or
 * NOTIFY, which see only committed rows, opts out with {@code @Transactional(propagation = NOT_SUPPORTED)}.
 * Sign in with {@link #signInAs(String)} using a demo account name (trainee, trainer, manager, admin).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.doorstep");
        }
    }

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        try {
            MockVaadin.tearDown();
        } finally {
            // Whatever a closing UI ran, the next test starts signed out.
            TestSignIn.out(context);
        }
    }

    /** Signs in as a stored account, with its real roles, and reloads the current view. */
    protected void signInAs(String username) {
        var authentication = TestSignIn.as(context, username);
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /** Navigates as the browser would to a location such as "login?error". */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /** Sets a field's value as a person typing or clicking would (listeners see it as from the client). */
    protected static <V> void userSets(AbstractField<?, V> field, V value) {
        V old = field.getValue();
        field.setValue(value);
        ComponentUtil.fireEvent(field, new AbstractField.ComponentValueChangeEvent<>(field, field, old, true));
    }

    /** Everything a component shows as text, rendered Markdown included. */
    protected static String rendered(Component component) {
        StringBuilder text = new StringBuilder(component.getElement().getProperty("innerHTML", ""));
        text.append(component.getElement().getText());
        component.getChildren().forEach(child -> text.append(' ').append(rendered(child)));
        return text.toString().strip();
    }

    protected static Class<?> currentView() {
        return UI.getCurrent().getCurrentView().getClass();
    }
}
