package org.doorstep.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.doorstep.base.DatabaseAvailability;
import org.doorstep.base.DatabaseUnavailableException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on its next request once its account is deactivated, deleted or had its
 * session version raised (password reset, role change), or once the session is older than its absolute lifetime. The check reads PostgreSQL, so a change made on
 * one instance ends the account's sessions on all of them. Runs before the security context is loaded,
 * so the request then continues as a visitor and lands on the login view. While PostgreSQL is known to be away it
 * refuses at once (the outage filter answers 503) instead of letting every request wait for a connection.
 */
public class SessionRevocationFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final DatabaseAvailability database;
    private final Clock clock;
    private final Duration maxLifetime;

    /** maxLifetime: how long a session may last however busy it is (ASVS 3.3.2), from its start. */
    public SessionRevocationFilter(JdbcClient jdbc, DatabaseAvailability database, Clock clock, Duration maxLifetime) {
        this.jdbc = jdbc;
        this.database = database;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    /** Files that are the same for everyone expose nothing: a page load's burst of them costs no query. */
    private static final List<String> STATIC = List.of("/assets/", "/webjars/", "/VAADIN/build/", "/VAADIN/static/",
            "/favicon.ico");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && signedInUser(session) instanceof DoorstepUser user
                && (outlived(session) || !stillValid(user))) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    /** Past the absolute lifetime: a screen that polls (the presenter's) keeps the idle timeout away for ever. */
    private boolean outlived(HttpSession session) {
        try {
            return Instant.ofEpochMilli(session.getCreationTime()).plus(maxLifetime).isBefore(clock.instant());
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }

    private static @Nullable Object signedInUser(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication authentication = context instanceof SecurityContext security ? security.getAuthentication() : null;
            return authentication != null ? authentication.getPrincipal() : null;
        } catch (IllegalStateException alreadyInvalidated) {
            return null;
        }
    }

    private boolean stillValid(DoorstepUser user) {
        if (!database.reachable()) {
            throw new DatabaseUnavailableException("PostgreSQL is away: the session cannot be checked");
        }
        return jdbc.sql("select enabled and session_version = ? from app_user where id = ?")
                .params(user.sessionVersion(), user.id()).query(Boolean.class).optional().orElse(false);
    }
}
