package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.AnotherInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A fresh database gets its first administrator from DOORSTEP_ADMIN_EMAIL at start-up, once, however many
 * instances start: each test starts real application instances against a database of its own (on the tests'
 * embedded PostgreSQL) without demo data.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIT {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/set-password\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "a harbour light in the fog";
    /** No mail server, whatever the test profile provides. */
    private static final String NO_MAIL = "doorstep.mail.embedded=false";

    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate postgres;

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void stopInstancesAndDropTheirDatabase() {
        started.forEach(AnotherInstance::stop);
        databases.forEach(name -> postgres.execute("drop database if exists " + name + " with (force)"));
    }

    private String freshDatabase() {
        String name = "first_admin_" + System.nanoTime();
        postgres.execute("create database " + name);
        databases.add(name);
        return name;
    }

    /** An application instance as production starts one: its own database, no demo data, the given settings. */
    private ConfigurableApplicationContext start(String database, String... settings) {
        String url = environment.getProperty("spring.datasource.url").replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        List<String> properties = new ArrayList<>(List.of("server.port=0", "doorstep.demo-data=false",
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "spring.datasource.password=" + environment.getProperty("spring.datasource.password")));
        properties.addAll(List.of(settings));
        // As command-line arguments, so they win over the test profile's properties (demo data, say).
        ConfigurableApplicationContext instance = AnotherInstance.start(
                properties.stream().map(property -> "--" + property).toArray(String[]::new));
        synchronized (started) {
            started.add(instance);
        }
        return instance;
    }

    private static String tokenIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a set-password link in: " + text).isTrue();
        return link.group(1);
    }

    @Test
    void two_instances_starting_together_create_one_administrator_whose_link_is_logged_and_a_later_start_creates_none(
            CapturedOutput output) throws Exception {
        String database = freshDatabase();
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> starting = List.of(
                both.submit(() -> start(database, NO_MAIL, "doorstep.admin.email=ada@example.com")),
                both.submit(() -> start(database, NO_MAIL, "doorstep.admin.email=ada@example.com")));
        for (Future<ConfigurableApplicationContext> instance : starting) {
            instance.get();
        }
        both.shutdown();
        JdbcTemplate jdbc = started.getFirst().getBean(JdbcTemplate.class);

        assertThat(jdbc.queryForList("select u.username || ' ' || u.display_name || ' ' || u.email || ' ' || o.name from app_user u"
                + " join user_role r on r.user_id = u.id and r.role = 'ADMIN' join organisation o on o.id = u.organisation_id", String.class))
                .containsExactly("admin Administrator ada@example.com Doorstep");
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class)).startsWith("$argon2");
        assertThat(jdbc.queryForObject("select expires_at - created_at between interval '23 hours 59 minutes' and interval '24 hours 1 minute'"
                + " from password_link", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select details from audit_event where action = 'USER_CREATED'", String.class)).containsExactly(
                "Created the first administrator admin at start-up; the link to choose a password was written to the log (no mail server)");
        // One link was made and logged (count the distinct links, not the lines: logging is the JVM's, shared
        // with every test context, and a context's own start may have configured it again).
        assertThat(output.getAll()).contains("First administrator admin created");
        assertThat(LINK.matcher(output.getAll()).results().map(match -> match.group(1)).distinct().count()).isEqualTo(1);
        String token = tokenIn(output.getAll());

        PasswordLinks links = started.getFirst().getBean(PasswordLinks.class);
        assertThat(links.holder(token)).hasValueSatisfying(holder -> assertThat(holder.username()).isEqualTo("admin"));
        assertThat(links.redeem(token, PASSWORD)).isEmpty();
        assertThat(links.redeem(token, PASSWORD)).contains("set-password.link.invalid");
        // A logged link reached nobody's mailbox, so it proves nothing about the address.
        assertThat(jdbc.queryForObject("select email_verified_at is null from app_user where username = 'admin'", Boolean.class)).isTrue();

        int before = output.getAll().length();
        start(database, NO_MAIL, "doorstep.admin.email=ada@example.com", "doorstep.admin.username=second");
        assertThat(output.getAll().substring(before)).doesNotContain("First administrator").doesNotContain("set-password?token=");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(1);
    }

    @Test
    void with_mail_configured_the_link_is_mailed_in_a_named_organisation_and_following_it_verifies_the_address(CapturedOutput output) {
        String database = freshDatabase();
        // Nothing here sends mail: a configured server is enough for the link to go by mail rather than into the log.
        ConfigurableApplicationContext instance = start(database, "doorstep.admin.email=Root@Example.com",
                "doorstep.admin.username=root", "doorstep.organisation.name=Acme Training", "spring.mail.host=localhost",
                "spring.mail.port=2");
        JdbcTemplate jdbc = instance.getBean(JdbcTemplate.class);

        assertThat(jdbc.queryForObject("select o.name from app_user u join organisation o on o.id = u.organisation_id"
                + " where u.username = 'root'", String.class)).isEqualTo("Acme Training");
        var mail = jdbc.queryForMap("select recipient, kind, subject, body_text from mail_outbox");
        assertThat(mail.get("recipient")).isEqualTo("Root@Example.com");
        assertThat(mail.get("kind")).isEqualTo("first-admin");
        assertThat(mail.get("subject")).isEqualTo("You are the first administrator of Doorstep");
        String body = (String) mail.get("body_text");
        assertThat(body).startsWith("Hello Administrator,\n\nDoorstep started for the first time and made you its administrator (username root).");
        String token = tokenIn(body);
        assertThat(output.getAll()).contains("First administrator root created; a link to choose the password was mailed to R…@example.com")
                .doesNotContain(token);

        PasswordLinks links = instance.getBean(PasswordLinks.class);
        assertThat(links.redeem(token, PASSWORD)).isEmpty();
        assertThat(links.redeem(token, PASSWORD)).contains("set-password.link.invalid");
        assertThat(jdbc.queryForObject("select email_verified_at is not null from app_user where username = 'root'", Boolean.class)).isTrue();
    }
}
