package org.doorstep.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.OwnDatabaseDoorstep;
import org.doorstep.workshop.load.VaadinClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL restarted under a running Doorstep, over HTTP. The database is this test's own (see
 * {@link OwnDatabaseDoorstep}); the tests run in order: during the outage, then after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final String PASSWORD = "doorstep-demo";
    private static final String MESSAGE = "Doorstep cannot reach its database right now; what you saved is safe; retrying";
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private OwnDatabaseDoorstep doorstep;
    private URI base;
    private String traineeSession;
    private VaadinClient screen;
    private int themeSwitch;

    @BeforeAll
    void startDoorstepOnItsOwnDatabase() throws Exception {
        doorstep = OwnDatabaseDoorstep.start();
        base = doorstep.base();
        traineeSession = signIn("trainee");
        screen = new VaadinClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build()).signIn(base, "trainee", PASSWORD);
        themeSwitch = nodeWithClass(screen.open("course"), "theme-switch");
        log.start();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT").addAppender(log);
        doorstep.stopDatabase();
    }

    @AfterAll
    void stopEverything() throws IOException {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT").detachAppender(log);
        if (screen != null) {
            screen.close();
        }
        if (doorstep != null) {
            doorstep.close();
        }
    }

    @Test
    @Order(1)
    void readiness_answers_down_within_a_second() throws Exception {
        HttpResponse<String> readiness = awaitReadiness(503);
        long started = System.nanoTime();
        readiness = get("actuator/health/readiness", null);
        assertThat(elapsedMillis(started)).isLessThan(1000);
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
    }

    @Test
    @Order(2)
    void a_page_opened_meanwhile_gets_a_friendly_503_that_retries_by_itself_never_a_403() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> page = get("exercise", traineeSession);

        assertThat(elapsedMillis(started)).isLessThan(2000);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.body()).contains(MESSAGE).contains("<meta http-equiv=\"refresh\" content=\"5\">")
                .contains("This page tries again by itself every 5 seconds.");
    }

    @Test
    @Order(3)
    void signing_in_meanwhile_says_so_on_the_login_view() {
        VaadinClient visitor = new VaadinClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build());
        try {
            assertThat(visitor.trySignIn(base, "manager", PASSWORD)).endsWith("/login?error");
            assertThat(visitor.open("login?error")).contains("Signing in is not possible right now")
                    .contains("Doorstep cannot reach its database right now. Try again in a moment");
        } finally {
            visitor.close();
        }
    }

    @Test
    @Order(4)
    void an_open_screen_is_told_by_push_and_a_click_is_answered_within_two_seconds_to_be_retried() {
        screen.awaitMessageContaining(MESSAGE, Duration.ofSeconds(5));

        long started = System.nanoTime();
        assertThatThrownBy(() -> screen.sendEvent(themeSwitch, "click", Map.of()))
                .hasMessageContaining("UIDL request answered 503");
        assertThat(elapsedMillis(started)).isLessThan(2000);
    }

    @Test
    @Order(5)
    void once_postgresql_is_back_doorstep_recovers_by_itself_and_applies_the_held_click() throws Exception {
        doorstep.startDatabase();

        assertThat(awaitReadiness(200).body()).contains("\"status\":\"UP\"");
        assertThat(get("exercise", traineeSession).statusCode()).isEqualTo(200);
        // The browser's client resends the refused request as it was; the server applies it now.
        screen.sendEvent(themeSwitch, "click", Map.of());
        assertThat(colorSchemeOf("trainee")).isEqualTo("DARK");
        assertThat(signIn("manager")).isNotBlank();
        screen.awaitMessageContaining("Connection lost; trying to reconnect", Duration.ofSeconds(5));
    }

    @Test
    @Order(6)
    void the_log_says_once_that_the_database_went_away_and_once_that_it_came_back_without_stack_traces() {
        List<ILoggingEvent> events = List.copyOf(log.list);
        assertThat(events).filteredOn(event -> event.getFormattedMessage().startsWith("PostgreSQL cannot be reached"))
                .singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.WARN);
        assertThat(events).filteredOn(event -> event.getFormattedMessage().startsWith("PostgreSQL is reachable again"))
                .singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.INFO);
        assertThat(events).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(event -> event.getLoggerName().replaceAll(".*\\.", ""))
                .containsExactlyInAnyOrder("DatabaseAvailability", "RoomListener", "SessionEndListener");
        assertThat(events).allMatch(event -> event.getThrowableProxy() == null, "carries no stack trace");
    }

    private String colorSchemeOf(String username) {
        return doorstep.query("select color_scheme from user_preference where username = '" + username + "'");
    }

    private HttpResponse<String> awaitReadiness(int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        HttpResponse<String> readiness = get("actuator/health/readiness", null);
        while (readiness.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
            readiness = get("actuator/health/readiness", null);
        }
        assertThat(readiness.statusCode()).isEqualTo(status);
        return readiness;
    }

    private String signIn(String username) throws Exception {
        HttpResponse<String> login = get("login", null);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session(login))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        return session(answer);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String session(HttpResponse<?> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        Matcher matcher = SESSION.matcher(cookie);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** The state node of the element that got this class name, from the UIDL that created it. */
    private static int nodeWithClass(String uidl, String className) {
        Matcher matcher = Pattern.compile("\"node\":(\\d+),\"type\":\"splice\",\"feat\":\\d+,\"index\":\\d+,\"add\":\\[\""
                + className + "\"\\]").matcher(uidl);
        if (!matcher.find()) {
            throw new IllegalStateException("No element with class " + className + " in " + uidl);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
