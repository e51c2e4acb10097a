package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Login CSRF over real HTTP: a sign-in posted from another site is refused before any password is checked, whatever
 * the credentials; Doorstep's own page (same origin), and clients that are no browser (no Origin, no Sec-Fetch-Site),
 * sign in as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "doorstep.public-url=https://doorstep.example.com")
@ActiveProfiles("test")
class LoginOriginIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> signIn(Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", LoginForm.newAddress())
                .POST(HttpRequest.BodyPublishers.ofString("username=trainee&password=doorstep-demo"));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSignedIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("login"));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_even_with_the_right_password() throws Exception {
        assertRefused(signIn(Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site")));
        assertRefused(signIn(Map.of("Origin", "https://evil.example")));
        assertRefused(signIn(Map.of("Origin", "null")));
        assertRefused(signIn(Map.of("Sec-Fetch-Site", "same-site")));
        assertRefused(signIn(Map.of("Sec-Fetch-Site", "cross-site")));
        assertRefused(signIn(Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "cross-site")));
    }

    @Test
    void a_sign_in_from_doorsteps_own_page_goes_home() throws Exception {
        assertSignedIn(signIn(Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin")));
        assertSignedIn(signIn(Map.of("Sec-Fetch-Site", "same-origin")));
        assertSignedIn(signIn(Map.of("Origin", "http://localhost:" + port)));
        // behind a proxy that terminates HTTPS, the browser's origin is the public address
        assertSignedIn(signIn(Map.of("Origin", "https://doorstep.example.com")));
    }

    @Test
    void a_client_that_is_no_browser_sends_neither_header_and_signs_in_as_before() throws Exception {
        assertSignedIn(signIn(Map.of()));
    }
}
