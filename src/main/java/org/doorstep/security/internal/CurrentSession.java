package org.doorstep.security.internal;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps the signed-in session going when its own account raises the session version (a password it changed):
 * the principal it keeps gets the new version, so SessionRevocationFilter ends every other session only.
 */
@Component
public class CurrentSession {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    CurrentSession(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    public void keepWithVersion(int sessionVersion) {
        Set<SecurityContext> contexts = new LinkedHashSet<>();
        strategy.ifAvailable(holder -> contexts.add(holder.getContext()));
        contexts.add(SecurityContextHolder.getContext());
        SecurityContext stored = null;
        for (SecurityContext context : contexts) {
            Authentication current = context.getAuthentication();
            if (current != null && current.getPrincipal() instanceof DoorstepUser user) {
                var renewed = UsernamePasswordAuthenticationToken.authenticated(user.withSessionVersion(sessionVersion), null,
                        current.getAuthorities());
                renewed.setDetails(current.getDetails());
                context.setAuthentication(renewed);
                stored = context;
            }
        }
        if (stored != null) {
            store(stored);
        }
    }

    /** Saves the context in the HTTP session (Spring Security saves it only at sign-in). */
    private static void store(SecurityContext context) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            vaadin.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        } else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
