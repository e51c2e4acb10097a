package org.doorstep.security.internal;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every page gets (ASVS V14.4). The content security policy is what Vaadin's client
 * works under: its bootstrap page has inline scripts and {@code executeJs} runs through {@code new Function},
 * so scripts need 'unsafe-inline' and 'unsafe-eval'; components set inline styles. Everything else comes from
 * this origin (our files under /assets and /webjars, Vaadin's under /VAADIN, push over a websocket to the same
 * host, which 'self' covers). Images only from here or data:/blob: URLs, so authored Markdown cannot load a
 * tracking pixel; no plugins, no framing, forms post only here.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'none'",
            "object-src 'none'",
            "frame-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** Nothing in Doorstep uses these browser features, so no page (nor anything it embeds) may. */
    public static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()", "bluetooth=()",
            "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()");

    /** A year, subdomains included; Spring writes it only on secure requests (HTTPS, or X-Forwarded-Proto: https behind a trusted proxy). */
    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    private SecurityHeaders() {
    }

    public static void apply(HttpSecurity http) throws Exception {
        http.headers(SecurityHeaders::configure);
        // Written before the request is handled: Vaadin's page handler would otherwise answer with its own
        // X-Frame-Options and no policy at all, because Spring writes them late, when the response is committed.
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
    }

    private static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }
}
