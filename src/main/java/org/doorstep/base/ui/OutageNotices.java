package org.doorstep.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doorstep.base.DatabaseAvailability;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * While PostgreSQL is away every open screen says so, until it is back: a notice pushed to it (push needs no
 * database) and the text Vaadin's client shows while it retries a request the server answered with 503. A click
 * made meanwhile waits in the browser and is sent again every {@link #RETRY_MILLIS} ms, so it is applied once the
 * database is back.
 */
@Component
class OutageNotices implements VaadinServiceInitListener {

    static final int RETRY_MILLIS = 2000;

    private final DatabaseAvailability database;
    private final Set<UI> open = ConcurrentHashMap.newKeySet();

    OutageNotices(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            open.add(ui);
            ui.addDetachListener(detach -> open.remove(ui));
            ui.getReconnectDialogConfiguration().setReconnectInterval(RETRY_MILLIS);
            apply(ui, database.reachable());
        });
    }

    @EventListener
    void databaseChanged(DatabaseAvailability.Changed change) {
        open.forEach(ui -> {
            try {
                ui.access(() -> apply(ui, change.reachable()));
            } catch (UIDetachedException closedMeanwhile) {
                open.remove(ui);
            }
        });
    }

    private static void apply(UI ui, boolean databaseReachable) {
        ReconnectDialogConfiguration texts = ui.getReconnectDialogConfiguration();
        texts.setDialogText(ui.getTranslation(databaseReachable ? "connection.reconnecting" : "database.unavailable"));
        texts.setDialogTextGaveUp(ui.getTranslation("connection.gave-up"));
        Notification notice = ComponentUtil.getData(ui, Notification.class);
        if (databaseReachable && notice != null) {
            notice.close();
            ComponentUtil.setData(ui, Notification.class, null);
        } else if (!databaseReachable && notice == null) {
            notice = new Notification(ui.getTranslation("database.unavailable"), 0, Notification.Position.TOP_CENTER);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.addClassName("database-unavailable");
            ComponentUtil.setData(ui, Notification.class, notice);
            notice.open();
        }
    }
}
