package org.doorstep.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.TestSignIn;
import org.doorstep.base.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Over real HTTP: a deactivated account cannot sign in, and an administrator's change ends its open sessions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountSessionsIT {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration users;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Account person;

    @BeforeEach
    void aPersonAndAnAdministrator() {
        person = TestData.in(context).account("session", "Sam Session", Roles.TRAINEE);
        TestSignIn.as(context, "admin");
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form; the signed-in session's id, or the redirect's target when refused. */
    private HttpResponse<String> signIn(String username, String password) throws Exception {
        String session = sessionId(get("/login", null));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionId(HttpResponse<?> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        Matcher matcher = SESSION.matcher(cookie);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private String signedInSession() throws Exception {
        HttpResponse<String> response = signIn(person.username(), TestSignIn.PASSWORD);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String session = sessionId(response);
        assertThat(get("/", session).statusCode()).isEqualTo(200);
        return session;
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void a_deactivated_account_cannot_sign_in_and_a_reactivated_one_can_again() throws Exception {
        users.deactivate(person.id());
        HttpResponse<String> refused = signIn(person.username(), TestSignIn.PASSWORD);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));

        users.reactivate(person.id());
        signedInSession();
    }

    @Test
    void deactivating_ends_the_persons_open_session_on_its_next_request() throws Exception {
        String session = signedInSession();
        users.deactivate(person.id());
        assertSentToSignIn(get("/", session));
    }

    @Test
    void a_password_set_by_an_administrator_ends_sessions_signed_in_with_the_old_one() throws Exception {
        String session = signedInSession();
        users.setPassword(person.id(), "an entirely new kettle of fish");
        assertSentToSignIn(get("/", session));
        signIn(person.username(), "an entirely new kettle of fish").headers().firstValue("Location")
                .ifPresentOrElse(location -> assertThat(location).doesNotContain("error"), () -> { throw new AssertionError("no redirect"); });
    }

    @Test
    void a_role_change_ends_the_session_so_a_removed_role_does_not_linger() throws Exception {
        String session = signedInSession();
        users.setRoles(person.id(), Set.of(Roles.MANAGER));
        assertSentToSignIn(get("/", session));
    }

    @Test
    void a_session_of_an_unchanged_account_goes_on() throws Exception {
        String session = signedInSession();
        Account other = TestData.in(context).account("other", "Other Person", Roles.TRAINEE);
        users.deactivate(other.id());
        assertThat(get("/", session).statusCode()).isEqualTo(200);
    }
}
