package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Posts the login form over real HTTP as a browser behind a proxy would: the app runs with
 * server.forward-headers-strategy=native, so X-Forwarded-For is the client address the throttle sees.
 */
final class LoginForm {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    LoginForm(int port) {
        this.port = port;
    }

    /** True when signed in (sent home); false when sent back to the login view with an error. */
    boolean signIn(String username, String password, String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).as("sent home or back with an error, nothing else").matches(".*/(login\\?error)?");
            return !location.endsWith("/login?error");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client address of IPv6's documentation range, new for each call, so tests never share counters. */
    static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8::%x:%x:%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
