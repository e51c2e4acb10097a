package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The browser-side protections every response carries, over real HTTP, behind a proxy as in production. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> directives(HttpResponse<?> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : "",
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void the_login_page_carries_a_content_security_policy_that_forbids_framing_plugins_and_foreign_images() throws Exception {
        Map<String, String> csp = directives(get("/login"));

        assertThat(csp).containsEntry("frame-ancestors", "'none'")
                .containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'self'")
                .containsEntry("form-action", "'self'")
                .containsEntry("default-src", "'self'")
                .containsEntry("connect-src", "'self'")
                .containsEntry("img-src", "'self' data: blob:");
        assertThat(csp.get("script-src")).isEqualTo("'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(csp.values()).noneMatch(sources -> sources.contains("*") || sources.contains("http:")
                || sources.contains("https:"));
    }

    @Test
    void static_files_and_refusals_carry_the_policy_too() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {get("/assets/styles/doorstep.css"), get("/admin"),
                get("/actuator/health/readiness")}) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri().toString())
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void the_permissions_policy_switches_off_camera_microphone_and_geolocation() throws Exception {
        String policy = get("/login").headers().firstValue("Permissions-Policy").orElseThrow();
        assertThat(policy).contains("camera=()").contains("microphone=()").contains("geolocation=()");
    }

    @Test
    void pages_cannot_be_framed_sniffed_or_leak_their_address_elsewhere() throws Exception {
        HttpResponse<String> response = get("/login");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void a_request_that_reached_the_proxy_over_https_gets_strict_transport_security() throws Exception {
        HttpResponse<String> response = get("/login", "X-Forwarded-Proto", "https");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void a_plain_http_request_gets_no_strict_transport_security() throws Exception {
        HttpResponse<String> response = get("/login");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
