package org.doorstep.security.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * This instance's open Vaadin sessions, so an account's screens can be closed at once when its sessions end
 * (SessionEndListener hears it from any instance): each of its screens is sent to the login view by push and
 * the session is invalidated, which closes its push connections. A session that kept up with its account (the
 * one that changed its own password) goes on.
 */
@Component
public class OpenSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OpenSessions.class);

    /** Weak, so a session that ends without its destroy event (a test's mock, a crash of the container) is not held. */
    private final Set<VaadinSession> sessions = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final JdbcClient jdbc;

    OpenSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    /** Closes this instance's sessions of the account that no longer match its stored state; answers how many. */
    public int endStale(long userId) {
        List<VaadinSession> open;
        synchronized (sessions) {
            open = List.copyOf(sessions);
        }
        List<VaadinSession> ofUser = open.stream().filter(session -> signedIn(session)
                .filter(user -> user.id() == userId).isPresent()).toList();
        if (ofUser.isEmpty()) {
            return 0;
        }
        Optional<Integer> stored = jdbc.sql("select session_version from app_user where id = ? and enabled")
                .param(userId).query(Integer.class).optional();
        int ended = 0;
        for (VaadinSession session : ofUser) {
            Optional<DoorstepUser> user = signedIn(session);
            if (user.isPresent() && !stored.equals(Optional.of(user.get().sessionVersion()))) {
                end(session);
                ended++;
            }
        }
        return ended;
    }

    private void end(VaadinSession session) {
        try {
            session.accessSynchronously(() -> {
                for (UI ui : List.copyOf(session.getUIs())) {
                    ui.getPage().setLocation("login");
                    if (ui.getPushConfiguration().getPushMode().isEnabled()) {
                        ui.push();
                    }
                }
            });
        } catch (RuntimeException closing) {
            log.debug("Could not send a closing session's screens to the login view", closing);
        }
        WrappedSession http = session.getSession();
        sessions.remove(session);
        if (http != null) {
            try {
                http.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // ended meanwhile
            }
        }
    }

    private static Optional<DoorstepUser> signedIn(VaadinSession session) {
        try {
            WrappedSession http = session.getSession();
            Object context = http == null ? null
                    : http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication authentication = context instanceof SecurityContext security ? security.getAuthentication() : null;
            return authentication != null && authentication.getPrincipal() instanceof DoorstepUser user
                    ? Optional.of(user) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
