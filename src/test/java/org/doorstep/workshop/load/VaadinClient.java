package org.doorstep.workshop.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin Flow 25's client-server protocol, without a browser: signs in through
 * the login form, bootstraps a UI as Flow's client does, keeps the push websocket open and records every pushed
 * UIDL message with its arrival time. Many can share one JVM: they share one {@link HttpClient} (one selector
 * thread, a small executor) and each keeps its own cookies, so 500 tabs cost no thread each.
 *
 * <p>The protocol as observed from Chromium against this app (Flow 25.2):
 * <ol>
 * <li>Sign-in: GET /login, then POST /login with {@code _csrf} (from the page's {@code <meta name="_csrf">}),
 * {@code username}, {@code password}; success is a 302 to "/" with a new JSESSIONID, failure a 302 to /login?error.
 * <li>Page load: GET the route's URL answers the bootstrap page only; the UI is created by
 * {@code GET /?v-r=init&location=<route>&query=<query>&<browser details>}, whose JSON {@code appConfig} has
 * {@code v-uiId}, {@code heartbeatInterval} and the first UIDL with {@code Vaadin-Security-Key} (the CSRF token of
 * later requests) and {@code Vaadin-Push-ID}.
 * <li>Push: a websocket to {@code /VAADIN/push?v-r=push&v-uiId&v-pushId} plus atmosphere.js's parameters (see
 * {@link AtmosphereStream} for the framing). The UIDL tells the client {@code alwaysXhrToServer}: the client never
 * writes on the socket, everything it sends goes by XHR.
 * <li>The view itself arrives only after the client fires {@code ui-navigate} on the UI's node (1) by
 * {@code POST /?v-r=uidl&v-uiId} with {@code {csrfToken, rpc, syncId, clientId}}; the answer is the view's UIDL.
 * {@code clientId} counts the client's messages (the server answers the next one it expects); {@code syncId} is the
 * last server message the client saw (pushes and answers share that sequence). Pushed messages need no
 * acknowledgement: the {@code X-Vaadin-LastSeenServerSyncId} that atmosphere.js adds is read only by the server's
 * long-polling resend cache, never for a websocket.
 * <li>Keeping the UI alive: {@code POST /?v-r=heartbeat&v-uiId} every {@code heartbeatInterval} seconds (else the
 * server drops the UI after three missed ones); closing the tab sends {@code {"csrfToken", "rpc":[], "UNLOAD":true}}
 * as a beacon, which detaches the UI at once.
 * </ol>
 */
public final class VaadinClient implements AutoCloseable {

    /** What Chromium sends; the server reads these into ExtendedClientDetails. */
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE_NOT_FOCUSED&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ws=false";
    /** atmosphere.js's query parameters for a websocket with Vaadin's settings (length-tracked, Atmosphere protocol). */
    private static final String ATMOSPHERE_PARAMETERS = "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
            + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
            + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.shared();

    private static final HttpClient SHARED_HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempts; websockets are HTTP/1.1 anyway
            .followRedirects(HttpClient.Redirect.NEVER) // redirects carry Set-Cookie we must keep
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4, daemon("vaadin-client")))
            .build();
    private static final ScheduledExecutorService HEARTBEATS =
            Executors.newSingleThreadScheduledExecutor(daemon("vaadin-heartbeat"));

    private final HttpClient http;
    private final CookieJar cookies = new CookieJar();
    private final PushChannel push = new PushChannel(this::sawSyncId);

    private URI base;
    private int uiId = -1;
    private String securityKey;
    private String pushId;
    private int nextClientId;
    private int historyIndex;
    private final AtomicInteger lastSeenSyncId = new AtomicInteger(-1);
    private ScheduledFuture<?> heartbeat;

    /** A tab on the shared HttpClient. */
    public VaadinClient() {
        this(SHARED_HTTP);
    }

    /** A tab on the given HttpClient: it must not follow redirects and must keep no cookies of its own. */
    public VaadinClient(HttpClient http) {
        this.http = http;
    }

    /** Starts a tab that does not sign in (a visitor): routes needing a user answer the login view. */
    public VaadinClient visit(URI baseUri) {
        base = baseUri.toString().endsWith("/") ? baseUri : URI.create(baseUri + "/");
        return this;
    }

    /** Signs in through the login form as the browser does; fails unless the server accepts the credentials. */
    public VaadinClient signIn(URI baseUri, String username, String password) {
        String location = trySignIn(baseUri, username, password);
        if (location.isEmpty() || location.contains("login")) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + location);
        }
        return this;
    }

    /** Posts the login form as {@link #signIn} does, without judging: answers where the server sent the browser. */
    public String trySignIn(URI baseUri, String username, String password) {
        visit(baseUri);
        HttpResponse<String> page = get(base.resolve("login"));
        Matcher csrf = CSRF_META.matcher(page.body());
        String form = (csrf.find() ? "_csrf=" + encode(csrf.group(1)) + "&" : "")
                + "username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> answer = send(request(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return answer.statusCode() == 302 ? answer.headers().firstValue("Location").orElse("") : "";
    }

    /**
     * Opens a route (e.g. "test/push-probe" or "course?x=1") as a page load does: the bootstrap page (following a
     * redirect to the login page as the browser would), the UI's init request, the push websocket (waits for
     * Atmosphere's handshake), then the navigation event. Answers the view's UIDL (the answer to the navigation),
     * which holds the view's texts.
     */
    public String open(String path) {
        requireSignedIn();
        require(uiId < 0, "a client opens one page; use navigate() to move on");
        URI address = base.resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpResponse<String> page = get(address);
        // Spring Security sends a visitor to /login before Vaadin sees the request; the browser follows.
        for (int hops = 0; page.statusCode() / 100 == 3 && hops < 5; hops++) {
            address = address.resolve(page.headers().firstValue("Location").orElseThrow());
            page = get(address);
        }
        require(page.statusCode() == 200, "GET " + address + " answered " + page.statusCode());
        String location = base.relativize(address).toString();
        int question = location.indexOf('?');
        String route = question < 0 ? location : location.substring(0, question);
        String query = question < 0 ? "" : location.substring(question + 1);

        HttpResponse<String> init = get(base.resolve("?v-r=init&location=" + encode(route) + "&query=" + encode(query)
                + "&v-curdate=" + System.currentTimeMillis() + BROWSER_DETAILS));
        require(init.statusCode() == 200, "init answered " + init.statusCode());
        JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        uiId = appConfig.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString();
        sawServerMessage(uidl);

        connectPush();
        scheduleHeartbeat(appConfig.path("heartbeatInterval").asInt(300));
        return navigateEvent(route, query, "");
    }

    /** Navigates the open UI to another route as a router link does (no page load); answers the new view's UIDL. */
    public String navigate(String path) {
        String location = path.startsWith("/") ? path.substring(1) : path;
        int question = location.indexOf('?');
        return navigateEvent(question < 0 ? location : location.substring(0, question),
                question < 0 ? "" : location.substring(question + 1), "link");
    }

    /** Fires a DOM event on a node (as the browser does for a listened event), e.g. "click" with its event data. */
    public String sendEvent(int node, String event, Map<String, ?> data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", JSON.valueToTree(data));
        return sendRpc(List.of(rpc));
    }

    /** Sends invocations in one UIDL request, as the client's message queue does; answers the server's UIDL. */
    public synchronized String sendRpc(List<? extends JsonNode> invocations) {
        requireSignedIn();
        require(uiId >= 0, "no UI open");
        ObjectNode body = JSON.createObjectNode().put("csrfToken", securityKey);
        body.putArray("rpc").addAll(invocations);
        body.put("syncId", lastSeenSyncId.get()).put("clientId", nextClientId);
        HttpResponse<String> answer = send(request(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        require(answer.statusCode() == 200, "UIDL request answered " + answer.statusCode());
        JsonNode uidl = JSON.readTree(answer.body());
        nextClientId = uidl.path("clientId").asInt(nextClientId + 1);
        sawServerMessage(uidl);
        return answer.body();
    }

    /** Posts a body to a path of this tab's server with its cookies, as an upload does; answers the response. */
    public HttpResponse<String> post(String path, Map<String, String> headers, byte[] body) {
        return post(path, headers, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** The same with a body streamed as it is read (a publisher without a known length goes chunked). */
    public HttpResponse<String> post(String path, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        requireSignedIn();
        HttpRequest.Builder request = request(base.resolve(path.startsWith("/") ? path.substring(1) : path));
        headers.forEach(request::header);
        return send(request.POST(body));
    }

    /** Called with every pushed message, on the HttpClient's threads: keep it short and never block. */
    public VaadinClient onMessage(Consumer<PushedMessage> listener) {
        push.onMessage(listener);
        return this;
    }

    /** The first pushed message carrying this text, now or when it comes (failed if the socket closes first). */
    public CompletableFuture<PushedMessage> messageContaining(String text) {
        return push.messageContaining(text);
    }

    /** Waits for a pushed message carrying this text; fails after the timeout, saying whether the socket closed. */
    public PushedMessage awaitMessageContaining(String text, Duration timeout) {
        try {
            return messageContaining(text).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("No push containing '" + text + "' within " + timeout + " on UI " + uiId
                    + push.closedBecause().map(why -> " (websocket closed: " + why + ")").orElse(" (websocket open)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage() + " (UI " + uiId + ")", e.getCause());
        }
    }

    /** Every message pushed so far, in arrival order. */
    public List<PushedMessage> received() {
        return push.received();
    }

    /** Whether the push websocket is open (it never reconnects: a closed one stays closed). */
    public boolean pushConnected() {
        return push.connected();
    }

    /** Why the push websocket closed, if it did. */
    public Optional<String> pushClosedBecause() {
        return push.closedBecause();
    }

    public int uiId() {
        return uiId;
    }

    /** Closes the tab: the unload beacon (the server detaches the UI at once), then the websocket. */
    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (uiId >= 0 && push.connected()) {
            ObjectNode unload = JSON.createObjectNode().put("csrfToken", securityKey);
            unload.putArray("rpc");
            unload.put("UNLOAD", true);
            try {
                send(request(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(unload.toString())));
            } catch (RuntimeException e) {
                // a beacon is fire-and-forget: the server drops the UI after missed heartbeats anyway
            }
        }
        push.close();
    }

    private String navigateEvent(String route, String query, String trigger) {
        return sendEvent(1, "ui-navigate", Map.of("route", "/" + route, "query", query, "appShellTitle", "",
                "historyState", Map.of("idx", historyIndex++), "trigger", trigger));
    }

    private void connectPush() {
        URI address = URI.create(base.toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + encode(pushId) + ATMOSPHERE_PARAMETERS + "&X-Vaadin-LastSeenServerSyncId="
                + Math.max(0, lastSeenSyncId.get()));
        Map<String, String> headers = new HashMap<>();
        headers.put("Origin", base.toString().replaceFirst("/$", ""));
        String cookie = cookies.header(base);
        if (cookie != null) {
            headers.put("Cookie", cookie); // the session: the server finds the UI through it
        }
        push.connect(http, address, headers, TIMEOUT);
    }

    private void scheduleHeartbeat(int seconds) {
        if (seconds <= 0) {
            return;
        }
        heartbeat = HEARTBEATS.scheduleAtFixedRate(() -> http.sendAsync(
                request(base.resolve("?v-r=heartbeat&v-uiId=" + uiId)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()), seconds, seconds, TimeUnit.SECONDS);
    }

    private void sawServerMessage(JsonNode uidl) {
        sawSyncId(uidl.path("syncId").asInt(-1));
    }

    private void sawSyncId(int syncId) {
        lastSeenSyncId.accumulateAndGet(syncId, Math::max); // from push threads and the caller alike
    }

    private HttpResponse<String> get(URI uri) {
        return send(request(uri).GET());
    }

    private HttpRequest.Builder request(URI uri) {
        return cookies.withCookies(HttpRequest.newBuilder(uri).timeout(TIMEOUT), uri);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            cookies.store(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void requireSignedIn() {
        require(base != null, "sign in (or visit) first");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static ThreadFactory daemon(String name) {
        return Thread.ofPlatform().name(name + "-", 0).daemon().factory();
    }
}
