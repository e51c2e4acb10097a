package org.doorstep.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doorstep.base.DatabaseAvailability;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a screen says while Vaadin's client retries a request the server could not answer (a 503 while PostgreSQL
 * is away, or the network gone): translated, and naming the database while it is the cause. Open screens hear of
 * an outage by push, which needs no database, so the text is right before anyone clicks.
 */
@Component
class ReconnectTexts implements VaadinServiceInitListener {

    /** How often the client retries; a click made during an outage goes through this soon after it ends. */
    static final int RETRY_MILLIS = 2000;

    private final DatabaseAvailability database;
    private final Set<UI> open = ConcurrentHashMap.newKeySet();

    ReconnectTexts(DatabaseAvailability database) {
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
    }
}
