package org.doorstep.security.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/** The address the request came from (the load balancer's forwarded one with SERVER_FORWARD_HEADERS_STRATEGY=native). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? "unknown" : String.valueOf(session.getBrowser().getAddress());
    }
}
