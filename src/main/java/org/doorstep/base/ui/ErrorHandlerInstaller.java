package org.doorstep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.doorstep.base.DatabaseAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * One place turns an unexpected error into a friendly message and logs the detail. A database outage is said as
 * such, and logged once by {@link DatabaseAvailability} rather than as a stack trace per click.
 */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlerInstaller.class);

    private final DatabaseAvailability database;

    ErrorHandlerInstaller(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
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
                ui.access(() -> {
                    Notification notification = Notification.show(ui.getTranslation(key), 6000,
                            Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }));
    }
}
