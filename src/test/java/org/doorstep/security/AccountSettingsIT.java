package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.TestSignIn;
import org.doorstep.security.SelfServiceAccounts.Person;
import org.doorstep.security.SelfServiceTestConfiguration.ServerSessions;
import org.doorstep.security.SelfServiceTestConfiguration.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The settings page's service against PostgreSQL; a password change over real HTTP sessions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SelfServiceTestConfiguration.class)
@ActiveProfiles("test")
class AccountSettingsIT {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String NEW_PASSWORD = "a lighthouse keeper's tea tin";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountSettings settings;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ServerSessions sessions;
    @Autowired
    TestClock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Person person;

    @BeforeEach
    void aPerson() {
        clock.reset();
        person = SelfServiceAccounts.verified(context, "settled");
    }

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        TestSignIn.out(context);
    }

    private boolean passwordIs(String password) {
        return encoder.matches(password, jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, person.id()));
    }

    @Test
    void a_wrong_current_password_is_refused_and_counts_as_a_failed_sign_in() {
        TestSignIn.as(context, person.username());
        assertThat(settings.changePassword("not my password at all", NEW_PASSWORD, "203.0.113.9")).contains("settings.password.current-wrong");
        assertThat(passwordIs(TestSignIn.PASSWORD)).isTrue();
        assertThat(jdbc.queryForObject("select failures from login_failure where scope = 'ACCOUNT' and username = ?", Integer.class,
                person.username())).isEqualTo(1);
    }

    @Test
    void after_five_wrong_current_passwords_even_the_right_one_waits() {
        TestSignIn.as(context, person.username());
        for (int i = 0; i < 5; i++) {
            settings.changePassword("wrong guess number " + i, NEW_PASSWORD, "203.0.113.10");
        }
        assertThat(settings.changePassword(TestSignIn.PASSWORD, NEW_PASSWORD, "203.0.113.10")).contains("settings.password.throttled");
        assertThat(passwordIs(TestSignIn.PASSWORD)).isTrue();
    }

    @Test
    void a_new_password_must_pass_the_policy_and_differ_from_the_current_one() {
        TestSignIn.as(context, person.username());
        assertThat(settings.changePassword(TestSignIn.PASSWORD, "password1234", "203.0.113.11")).contains("password.too-common");
        assertThat(settings.changePassword(TestSignIn.PASSWORD, TestSignIn.PASSWORD, "203.0.113.11")).contains("settings.password.same");
        assertThat(passwordIs(TestSignIn.PASSWORD)).isTrue();
    }

    @Test
    void changing_the_password_ends_the_other_sessions_while_the_current_one_goes_on() throws Exception {
        String current = signedInSession(TestSignIn.PASSWORD);
        String other = signedInSession(TestSignIn.PASSWORD);

        TestSignIn.as(context, person.username());
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(sessions.withId(current));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(settings.changePassword(TestSignIn.PASSWORD, NEW_PASSWORD, "203.0.113.12")).isEmpty();

        assertThat(get("/", current).statusCode()).isEqualTo(200);
        assertSentToSignIn(get("/", other));
        assertThat(passwordIs(NEW_PASSWORD)).isTrue();
        signedInSession(NEW_PASSWORD);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'PASSWORD_CHANGED' and subject_user_id = ?",
                String.class, person.id())).isEqualTo("Password changed by its owner; their other sessions ended");
    }

    @Test
    void choosing_a_password_clears_the_flag_an_administrators_password_set() {
        jdbc.update("update app_user set must_change_password = true where id = ?", person.id());
        TestSignIn.as(context, person.username());
        assertThat(settings.mustChangePassword()).isTrue();
        assertThat(settings.mine().mustChangePassword()).isTrue();

        assertThat(settings.changePassword(TestSignIn.PASSWORD, NEW_PASSWORD, "203.0.113.13")).isEmpty();
        assertThat(settings.mustChangePassword()).isFalse();
    }

    @Test
    void a_password_an_administrator_sets_must_be_replaced_by_its_owner() {
        TestSignIn.as(context, "admin");
        context.getBean(org.doorstep.admin.UserAdministration.class).setPassword(person.id(), "an administrator's temporary secret");
        TestSignIn.out(context);
        assertThat(jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, person.id())).isTrue();
    }

    @Test
    void language_and_reminders_are_saved_in_the_account() {
        TestSignIn.as(context, person.username());
        assertThat(settings.mine().language()).isEqualTo(Locale.UK);
        assertThat(settings.mine().remindersEnabled()).isTrue();

        settings.setLanguage(Locale.UK);
        settings.setRemindersEnabled(false);

        assertThat(jdbc.queryForObject("select language from app_user where id = ?", String.class, person.id())).isEqualTo("en-GB");
        assertThat(context.getBean(MailRecipients.class).verified(person.id()))
                .hasValueSatisfying(recipient -> assertThat(recipient.remindersEnabled()).isFalse());
        settings.setRemindersEnabled(true);
        assertThat(settings.mine().remindersEnabled()).isTrue();
    }

    @Test
    void only_a_language_the_translations_have_can_be_chosen() {
        TestSignIn.as(context, person.username());
        assertThat(settings.languages()).containsExactly(Locale.UK);
        assertThatThrownBy(() -> settings.setLanguage(Locale.forLanguageTag("xx-YY"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select language from app_user where id = ?", String.class, person.id())).isNull();
    }

    @Test
    void visitors_get_no_settings_and_nobody_sends_a_link_for_someone_elses_account() {
        assertThatThrownBy(() -> settings.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> settings.setRemindersEnabled(false)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        Person other = SelfServiceAccounts.verified(context, "other");
        TestSignIn.as(context, person.username());
        assertThatThrownBy(() -> context.getBean(EmailVerification.class).requestVerification(other.id(), "mine@example.com"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(context.getBean(EmailVerification.class).requestVerification(person.id(), "mine." + person.email())).isEmpty();
    }

    // --- over HTTP, as AccountSessionsIT does

    private HttpResponse<String> get(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signedInSession(String password) throws Exception {
        String session = sessionId(get("/login", null));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + person.username() + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String signedIn = sessionId(response);
        assertThat(get("/", signedIn).statusCode()).isEqualTo(200);
        return signedIn;
    }

    private static String sessionId(HttpResponse<?> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        Matcher matcher = SESSION.matcher(cookie);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
