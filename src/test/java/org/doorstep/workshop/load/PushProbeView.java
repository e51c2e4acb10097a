package org.doorstep.workshop.load;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test-only page that receives server pushes, for proving and measuring the headless {@link VaadinClient}. Every
 * attached probe is in a static registry; {@link #pushToAll(String)} adds a paragraph with the text to each through
 * {@code ui.access}, which @Push (automatic) sends at once. Opening it with {@code ?push=<text>} pushes that text to
 * every other open probe, so a benchmark in another JVM can trigger a push over the same protocol.
 *
 * <p>Lives in src/test, so only test runs (and a server started with the test classpath) have the route; no layout,
 * so a push carries nothing but the probe's own change.
 */
@Route(value = "test/push-probe", autoLayout = false)
@PermitAll
public class PushProbeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Shown on every probe, so a client can tell the view arrived. */
    public static final String READY = "Push probe ready";

    private static final Set<PushProbeView> OPEN = ConcurrentHashMap.newKeySet();

    public PushProbeView() {
        add(new Paragraph(READY));
    }

    /** Adds the text to every open probe (except one); answers how many probes it was pushed to. */
    public static int pushToAll(String text) {
        return pushToAllBut(null, text);
    }

    /** How many probes are attached to a UI now (a closed client's probe detaches). */
    public static int openProbes() {
        return OPEN.size();
    }

    private static int pushToAllBut(PushProbeView sender, String text) {
        List<PushProbeView> targets = OPEN.stream().filter(probe -> probe != sender).toList();
        targets.forEach(probe -> probe.getUI().ifPresent(ui -> ui.access(() -> probe.add(new Paragraph(text)))));
        return targets.size();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("push")
                .ifPresent(text -> pushToAllBut(this, text));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        OPEN.add(this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        OPEN.remove(this);
    }

    @Override
    public String getPageTitle() {
        return "Push probe";
    }
}
