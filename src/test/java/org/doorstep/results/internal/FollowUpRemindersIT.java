package org.doorstep.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.doorstep.TestData;
import org.doorstep.base.Outbox;
import org.doorstep.base.PublicUrl;
import org.doorstep.base.database.EmbeddedMailServer;
import org.doorstep.base.Roles;
import org.doorstep.security.MailRecipients;
import org.junit.jupiter.api.Test;
import org.doorstep.base.internal.OutboxWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Follow-up reminders against PostgreSQL and the tests' GreenMail: one mail per follow-up, ever. */
@SpringBootTest
@ActiveProfiles("test")
class FollowUpRemindersIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    FollowUpReminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedMailServer smtp;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A trainee who finished pruning that many days ago, with an address (verified or not) and reminders on or off. */
    private TestData.Account trainee(int daysAgo, boolean verified, boolean remindersOn) {
        TestData.Account person = TestData.in(context).account("remind", "Rita Reminded", Roles.TRAINEE);
        jdbc.update("update app_user set email = ?, email_verified_at = case when ? then now() end, reminders_enabled = ? where id = ?",
                email(person), verified, remindersOn, person.id());
        TestData.in(context).of(person).pruned(today().minusDays(daysAgo));
        return person;
    }

    private static String email(TestData.Account person) {
        return person.username() + "@example.org";
    }

    private List<String> queuedFor(TestData.Account person) {
        return jdbc.queryForList("select subject from mail_outbox where recipient_user_id = ? and kind = 'follow-up-reminder' order by id",
                String.class, person.id());
    }

    private List<Integer> remindedOf(TestData.Account person) {
        return jdbc.queryForList("select follow_up from results_reminder where user_id = ? order by follow_up", Integer.class, person.id());
    }

    @Test
    void a_due_follow_up_is_mailed_once_across_two_runs_greeting_the_person_with_a_link_to_results() throws Exception {
        TestData.Account person = trainee(30, true, true);

        reminders.remind(today());
        reminders.remind(today());

        assertThat(queuedFor(person)).containsExactly("Time for your 30-day follow-up");
        assertThat(remindedOf(person)).containsExactly(30);
        assertThat(jdbc.queryForObject("select sent_for_date from results_reminder where user_id = ?", java.sql.Date.class, person.id())
                .toLocalDate()).isEqualTo(today());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            context.getBean(OutboxWorker.class).deliverDue();
            return smtp.receivedBy(email(person)).size() == 1;
        });
        MimeMessage mail = smtp.receivedBy(email(person)).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Time for your 30-day follow-up");
        assertThat(plainText(mail)).startsWith("Hello Rita Reminded,\r\n\r\nit is 30 days since you finished pruning")
                .contains(context.getBean(PublicUrl.class).link("/results"));
    }

    private static String plainText(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return part.isMimeType("text/plain") ? part.getContent().toString() : null;
    }

    @Test
    void two_instances_running_at_once_send_one_reminder() {
        TestData.Account person = trainee(45, true, true);
        FollowUpReminders other = new FollowUpReminders(context.getBean(ReminderStore.class), context.getBean(MailRecipients.class),
                context.getBean(Outbox.class), context.getBean(PublicUrl.class), context.getBean(TransactionTemplate.class), clock);

        CompletableFuture.allOf(CompletableFuture.runAsync(() -> reminders.remind(today())),
                CompletableFuture.runAsync(() -> other.remind(today()))).join();

        assertThat(queuedFor(person)).hasSize(1);
    }

    @Test
    void someone_long_past_every_due_date_gets_one_mail_for_the_latest_follow_up() {
        TestData.Account person = trainee(100, true, true);

        reminders.remind(today());
        reminders.remind(today().plusDays(1));

        assertThat(queuedFor(person)).containsExactly("Time for your 90-day follow-up");
        assertThat(remindedOf(person)).containsExactly(90);
    }

    @Test
    void the_next_follow_up_is_mailed_when_it_falls_due_and_a_recorded_one_is_not() {
        TestData.Account person = trainee(30, true, true);
        reminders.remind(today());
        TestData.in(context).of(person).snapshot(today(), false, 50);

        reminders.remind(today().plusDays(29));
        assertThat(queuedFor(person)).hasSize(1);
        reminders.remind(today().plusDays(30));

        assertThat(queuedFor(person)).containsExactly("Time for your 30-day follow-up", "Time for your 60-day follow-up");
    }

    @Test
    void a_follow_up_already_recorded_is_not_reminded_of() {
        TestData.Account person = trainee(35, true, true);
        TestData.in(context).of(person).snapshot(today(), false, 50);

        reminders.remind(today());

        assertThat(queuedFor(person)).isEmpty();
    }

    @Test
    void nobody_is_reminded_with_reminders_off_or_an_unverified_address_or_before_the_day() {
        TestData.Account off = trainee(30, true, false);
        TestData.Account unverified = trainee(30, false, true);
        TestData.Account early = trainee(29, true, true);

        reminders.remind(today());
        reminders.remind(today());

        assertThat(queuedFor(off)).isEmpty();
        assertThat(queuedFor(unverified)).isEmpty();
        assertThat(queuedFor(early)).isEmpty();
        assertThat(remindedOf(off)).isEmpty();
        assertThat(remindedOf(unverified)).isEmpty();
    }
}
