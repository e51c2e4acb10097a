package org.doorstep.workshop.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * One simulated browser's cookies. The JDK's HttpClient keeps cookies per HttpClient, and each HttpClient has its
 * own selector thread; so all simulated tabs share one HttpClient and each keeps its cookies (the session) here,
 * in the JDK's own cookie store, sending them as the Cookie header it computes.
 */
final class CookieJar {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    /** The Cookie header for a request to this address, if any cookie applies. */
    String header(URI uri) {
        try {
            List<String> values = cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
            return values.isEmpty() ? null : String.join("; ", values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpRequest.Builder withCookies(HttpRequest.Builder request, URI uri) {
        String header = header(uri);
        return header == null ? request : request.header("Cookie", header);
    }

    /** Keeps what the response set (Set-Cookie), e.g. the new session id after signing in. */
    void store(HttpResponse<?> response) {
        try {
            cookies.put(response.uri(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
