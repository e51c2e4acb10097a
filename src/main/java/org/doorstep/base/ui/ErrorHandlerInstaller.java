package org.doorstep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.doorstep.base.DatabaseAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * One place turns an unexpected error into a friendly message and logs the detail. A database outage is said as
 * such, and logged once by {@link DatabaseAvailability} rather than as a stack trace per click.
 * <p>
 * A notice that fails to show is logged, never reported again: each failed notice used to be a new error whose
 * notice failed in turn, and at shutdown (translations gone with the closed context) one journey's log held 58,000
 * stack traces. Errors while the application shuts down get one line each and no notice.
 */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlerInstaller.class);

    private final DatabaseAvailability database;
    private volatile boolean shuttingDown;

    ErrorHandlerInstaller(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        shuttingDown = true;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler()));
    }

    ErrorHandler handler() {
        return error -> {
            Throwable cause = error.getThrowable();
            if (shuttingDown) {
                log.info("Error in the UI while shutting down: {}", String.valueOf(cause));
                return;
            }
            String key;
            if (DatabaseAvailability.isOutage(cause)) {
                database.lost(cause);
                key = "database.unavailable";
            } else if (cause instanceof AccessDeniedException) {
                log.warn("Access denied: {}", cause.getMessage());
                key = "error.access-denied";
            } else {
                log.error("Unexpected error in the UI", cause);
                key = "error.unexpected";
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                String notice = ui.getTranslation(key);
                ui.access(() -> show(notice));
            }
        };
    }

    private static void show(String notice) {
        try {
            Notification notification = Notification.show(notice, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (RuntimeException notShown) {
            log.warn("An error notice could not be shown: {}", String.valueOf(notShown));
        }
    }
}
