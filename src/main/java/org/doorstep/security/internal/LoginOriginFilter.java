package org.doorstep.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF: Vaadin lets {@code POST /login} through without a CSRF token, so another site could sign a visitor
 * into the attacker's account. The sign-in must come from Doorstep's own pages: {@code Sec-Fetch-Site} must say
 * {@code same-origin}, or, from a browser that does not send it, {@code Origin} must be this server's own origin
 * (as the request reached it, or {@code DOORSTEP_PUBLIC_URL}'s). Anything else gets 403 before a password is
 * checked. A request with neither header is let through: every browser sends {@code Origin} with a cross-site
 * POST (and {@code Sec-Fetch-Site} since 2020–2023), so such a request is not a victim's browser but a client of
 * its own (curl, tests), which gains nothing by signing itself in.
 */
public final class LoginOriginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginOriginFilter.class);

    private final @Nullable String publicOrigin;

    /** {@code publicUrl}: the address people reach Doorstep at, or null when it is not configured. */
    public LoginOriginFilter(@Nullable String publicUrl) {
        this.publicOrigin = publicUrl == null || publicUrl.isBlank() ? null : origin(publicUrl);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Sign-in refused: posted from another site (Origin {}, Sec-Fetch-Site {})",
                request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Sign in on Doorstep's own sign-in page.");
    }

    boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equalsIgnoreCase(site.strip());
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String claimed = origin.strip().toLowerCase(Locale.ROOT);
        return claimed.equals(ownOrigin(request)) || claimed.equals(publicOrigin);
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String origin(String url) {
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
