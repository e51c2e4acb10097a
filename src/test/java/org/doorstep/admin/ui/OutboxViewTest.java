package org.doorstep.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.dom.Element;
import java.util.UUID;
import org.doorstep.KaribuTest;
import org.doorstep.TestTimeZones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Outbox page: every mail newest first, its plain text as text, and what was erased after sending. */
class OutboxViewTest extends KaribuTest {

    private OutboxView view;
    private String marker;

    @BeforeEach
    void aQueuedAndASentMailAtTheTopOfTheList() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        marker = "box" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("delete from mail_outbox where created_at > now() + interval '100 years'"); // the previous test's
        // Dated ahead of every other test's mail, so they come first; not due, so no worker sends them meanwhile.
        long queued = jdbc.queryForObject("""
                insert into mail_outbox (created_at, recipient, kind, subject, body_text, body_html, attempts, next_attempt_at, last_error)
                values (now() + interval '200 years', ?, 'invitation', ?, ?, '<p>x</p>', 2, now() + interval '1 day', 'Connection refused')
                returning id""", Long.class, marker + "@example.org", "Queued " + marker, "Hello <b>Ann</b>,\nline two");
        jdbc.update("insert into mail_attachment (mail_id, file_name, content_type, content) values (?, 'session.ics', 'text/calendar', ?)",
                queued, new byte[] {1});
        jdbc.update("""
                insert into mail_outbox (created_at, recipient, kind, subject, body_text, body_html, state, attempts, sent_at)
                values (now() + interval '199 years', ?, 'follow-up-reminder', ?, '', '', 'SENT', 1, now())""",
                "sent-" + marker + "@example.org", "Sent " + marker);
        signInAs("admin");
        navigate("admin/outbox");
        view = _get(OutboxView.class);
    }

    @AfterEach
    void adminBackOnTheOrganisationsZone() {
        TestTimeZones.choose(context, "admin", null);
    }

    @Test
    void anAdministratorWhoChoseAnotherZoneReadsTheMailTimesInIt() {
        TestTimeZones.choose(context, "admin", "Asia/Tokyo");
        navigate("admin/audit");
        navigate("admin/outbox");
        view = _get(OutboxView.class);
        java.time.Instant created = context.getBean(JdbcTemplate.class).queryForObject(
                "select created_at from mail_outbox where recipient = ?", java.sql.Timestamp.class, marker + "@example.org").toInstant();

        assertThat(view.intro.getText()).contains("Times in Asia/Tokyo, your time zone");
        assertThat(GridKt._getFormattedRow(view.grid, 0).getFirst()).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("d MMM yyyy, HH:mm:ss", java.util.Locale.UK).format(created.atZone(java.time.ZoneId.of("Asia/Tokyo"))));
    }

    @Test
    void the_list_shows_the_newest_mail_first_with_its_state_attempts_and_last_error() {
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsSubsequence(marker + "@example.org", "Queued " + marker,
                "invitation", "Queued", "2", "Connection refused");
        assertThat(GridKt._getFormattedRow(view.grid, 1)).containsSubsequence("sent-" + marker + "@example.org", "Sent " + marker,
                "follow-up-reminder", "Sent", "1");
        assertThat(view.count.getText()).endsWith(" mails");
        assertThat(view.notConfigured.isVisible()).as("the tests have an SMTP server").isFalse();
        assertThat(_get(AdminTabs.class).selectedText()).isEqualTo("Outbox");
    }

    @Test
    void a_row_opens_the_plain_text_as_text_with_the_attachment_names() {
        assertThat(view.status.getText()).isEqualTo("Choose a mail to read its text.");

        view.grid.select(GridKt._get(view.grid, 0));

        assertThat(view.heading.getText()).isEqualTo("Queued " + marker + ", to " + marker + "@example.org");
        assertThat(view.text.getElement().getText()).isEqualTo("Hello <b>Ann</b>,\nline two");
        assertThat(view.text.getElement().getChildren()).as("no markup made of the text").allMatch(Element::isTextNode);
        assertThat(view.attachments.getText()).isEqualTo("Attachments: session.ics");
        assertThat(view.status.getText()).startsWith("Next attempt ");
    }

    @Test
    void a_sent_mail_whose_text_was_erased_says_so() {
        view.grid.select(GridKt._get(view.grid, 1));

        assertThat(view.text.isVisible()).isFalse();
        assertThat(view.attachments.isVisible()).isFalse();
        assertThat(view.status.getText()).startsWith("Sent ")
                .endsWith("The text was erased once the mail was sent: it can carry one-time links.");
    }

    @Test
    void nobody_but_an_administrator_opens_the_outbox() {
        signInAs("trainer");
        assertThatThrownBy(() -> navigate("admin/outbox")).isInstanceOf(MockAccessDeniedException.class);
    }
}
