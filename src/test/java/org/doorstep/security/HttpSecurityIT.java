package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Sessions, cookies, sign-in redirects and health, over real HTTP against the running app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpSecurityIT {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String username, String password, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst();
    }

    private static String sessionId(HttpResponse<?> response) {
        Matcher matcher = SESSION.matcher(sessionCookie(response).orElseThrow());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        String cookie = sessionCookie(get("/login", null)).orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void signing_in_issues_a_new_session_id_and_goes_home() throws Exception {
        String before = sessionId(get("/login", null));
        HttpResponse<String> response = signIn("trainer", "doorstep-demo", before);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(sessionId(response)).isNotEqualTo(before);
    }

    @Test
    void a_wrong_password_returns_to_the_login_view_with_an_error() throws Exception {
        String session = sessionId(get("/login", null));
        HttpResponse<String> response = signIn("manager", "not-the-password", session);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void readiness_reports_up_with_the_database_checked() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void other_actuator_endpoints_are_not_open_to_visitors() throws Exception {
        HttpResponse<String> response = get("/actuator/env", null);
        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("spring.datasource");
    }

    @Test
    void our_stylesheet_is_served_to_visitors_of_the_login_page() throws Exception {
        HttpResponse<String> response = get("/assets/styles/doorstep.css", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(".login-card");
    }

    @Test
    void every_page_names_its_icon_and_the_icon_is_served_to_visitors() throws Exception {
        assertThat(java.util.regex.Pattern.compile("<link (?=[^>]*rel=\"icon\")(?=[^>]*href=\"assets/icons/doorstep\\.svg\")")
                .matcher(get("/login", null).body()).find()).as("a <link rel=icon> naming our icon").isTrue();
        HttpResponse<String> icon = get("/assets/icons/doorstep.svg", null);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg");
    }

    @Test
    void an_error_page_never_shows_a_stack_trace() throws Exception {
        HttpResponse<String> response = get("/error", null);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
