package org.doorstep.base.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.doorstep.base.DatabaseAvailability;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside everything else (Spring Security included): a request that failed because PostgreSQL is away gets an
 * answer that says so instead of an empty 403 from the error page. A sign-in goes back to the login view with
 * the reason; anything else gets 503 with a page that retries by itself (Vaadin's client retries its own
 * requests on a 503, so a click made meanwhile is applied once the database is back).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 5;

    private final DatabaseAvailability database;

    DatabaseOutageFilter(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseAvailability.isOutage(failure) || response.isCommitted()) {
                throw failure;
            }
            database.lost(failure);
            answer(request, response, failure);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        response.resetBuffer();
        if (isSignIn(request)) {
            // Read by the login view, as Spring Security's failure handler would have left it.
            request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                    new AuthenticationServiceException("PostgreSQL cannot be reached", failure));
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(OutagePage.html(request.getLocale(), RETRY_SECONDS));
    }

    private static boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
    }
}
