package org.doorstep.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLException;
import org.doorstep.KaribuTest;
import org.doorstep.base.DatabaseAvailability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** What a screen shows when a click fails: a database outage is named as such, on every view. */
class ErrorHandlerInstallerTest extends KaribuTest {

    @Autowired
    DatabaseAvailability database;

    @AfterEach
    void databaseBackAfterTheProbe() throws InterruptedException {
        for (int waited = 0; !database.reachable() && waited < 50; waited++) {
            Thread.sleep(100); // the probe finds the (real) database and says it is back
        }
        assertThat(database.reachable()).isTrue();
    }

    @Test
    void a_click_that_cannot_reach_the_database_says_so_and_what_was_saved_is_safe() {
        signInAs("trainee");
        navigate("results");

        fail(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("Connection to localhost:5432 refused", "08001")));

        assertThat(notices()).contains(
                "Doorstep cannot reach its database right now; what you saved is safe; retrying\u2026");
        assertThat(database.reachable()).isFalse();
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Doorstep cannot reach its database right now; what you saved is safe; retrying\u2026");
    }

    @Test
    void any_other_failure_keeps_the_general_message() {
        signInAs("trainee");
        navigate("results");

        fail(new IllegalStateException("a bug"));

        assertThat(notices()).singleElement().asString().startsWith("Something went wrong and was not saved.");
        assertThat(database.reachable()).isTrue();
    }

    @Test
    void an_error_while_the_application_shuts_down_shows_no_notice() {
        signInAs("trainee");
        navigate("results");
        ErrorHandlerInstaller installer = new ErrorHandlerInstaller(database);
        installer.onApplicationEvent(new org.springframework.context.event.ContextClosedEvent(context));

        installer.handler().error(new ErrorEvent(new IllegalStateException("context has been closed")));
        MockVaadin.runUIQueue();

        assertThat(notices()).isEmpty();
    }

    private static java.util.List<String> notices() {
        return _find(Notification.class).stream().map(notice -> notice.getElement().getProperty("text")).toList();
    }

    private static void fail(Throwable failure) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        MockVaadin.runUIQueue();
    }
}
