package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.workshop.load.VaadinClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Over HTTP and Vaadin's push: a session's absolute lifetime, and an ended account's open screens closing at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SelfServiceTestConfiguration.class)
@ActiveProfiles("test")
class SessionEndIT {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    SelfServiceTestConfiguration.TestClock clock;
    @Autowired
    AccountRegistry accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private VaadinClient tab;

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestSignIn.out(context);
        if (tab != null) {
            tab.close();
        }
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signedInSession(String username) throws Exception {
        String before = sessionId(get("/login", null));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + before)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(TestSignIn.PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String session = sessionId(response);
        assertThat(get("/", session).statusCode()).isEqualTo(200);
        return session;
    }

    private static String sessionId(HttpResponse<?> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        Matcher matcher = SESSION.matcher(cookie);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void a_busy_session_goes_on_within_its_lifetime_and_ends_after_twelve_hours() throws Exception {
        String session = signedInSession(TestData.in(context).account("lifetime", "Tess Trainee", "TRAINEE").username());

        clock.advance(Duration.ofHours(11).plusMinutes(50));
        assertThat(get("/", session).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(15));
        assertSentToSignIn(get("/", session));
    }

    @Test
    void a_deactivated_persons_open_screen_is_sent_to_the_login_view_and_loses_its_push_connection_at_once() throws Exception {
        String username = TestData.in(context).account("pushed-out", "Tess Trainee", "TRAINEE").username();
        long id = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select id from app_user where username = ?", Long.class, username);
        tab = new VaadinClient().signIn(URI.create("http://localhost:" + port + "/"), username, TestSignIn.PASSWORD);
        tab.open("results");
        assertThat(tab.pushConnected()).isTrue();

        TestSignIn.as(context, "admin");
        accounts.setActive(id, false);

        // Within seconds the server has sent the screen to the login view and closed its push connection (Tomcat
        // closes a websocket whose HTTP session was invalidated, which can overtake the pushed navigation).
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (tab.pushConnected() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(tab.pushConnected()).as("push connection of the ended session").isFalse();
        boolean sentToLogin = tab.received().stream().anyMatch(message -> message.contains("login"));
        assertThat(sentToLogin || tab.pushClosedBecause().orElse("").contains("session that has ended"))
                .as("sent to the login view, or closed because the session ended: %s", tab.pushClosedBecause()).isTrue();
    }

    @Test
    void a_screen_of_an_account_that_changed_nothing_stays_open() throws Exception {
        String username = TestData.in(context).account("stays", "Tess Trainee", "TRAINEE").username();
        String other = TestData.in(context).account("other", "Tess Trainee", "TRAINEE").username();
        long otherId = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select id from app_user where username = ?", Long.class, other);
        tab = new VaadinClient().signIn(URI.create("http://localhost:" + port + "/"), username, TestSignIn.PASSWORD);
        tab.open("results");

        TestSignIn.as(context, "admin");
        accounts.setActive(otherId, false);

        Thread.sleep(2000);
        assertThat(tab.pushConnected()).isTrue();
        assertThat(tab.received()).noneMatch(message -> message.contains("login"));
    }
}
