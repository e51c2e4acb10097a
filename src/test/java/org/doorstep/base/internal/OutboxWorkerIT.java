package org.doorstep.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.doorstep.base.Mail;
import org.doorstep.base.Outbox;
import org.doorstep.base.database.EmbeddedMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against the tests' GreenMail and PostgreSQL. Every context's own worker polls in the background
 * too; these tests call workers directly as well, which is what several instances do.
 */
@SpringBootTest
@ActiveProfiles("test")
class OutboxWorkerIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxWorker worker;
    @Autowired
    OutboxStore store;
    @Autowired
    ObjectProvider<JavaMailSender> sender;
    @Autowired
    EmbeddedMailServer smtp;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void theServerIsBack() {
        smtp.start();
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static Mail reminder(String to, Mail.MailAttachment... attachments) {
        return new Mail(to, null, Locale.UK, "follow-up-reminder", List.of(30, "Ada", "http://localhost/results"), List.of(attachments));
    }

    private Map<String, Object> row(String to) {
        return jdbc.queryForMap("select state, attempts, last_error, next_attempt_at, body_text, body_html from mail_outbox where recipient = ?", to);
    }

    private void deliveredTo(String to) {
        await().atMost(PATIENCE).until(() -> {
            worker.deliverDue();
            return "SENT".equals(row(to).get("state"));
        });
    }

    @Test
    void a_queued_mail_arrives_once_as_text_and_html_with_its_attachment() throws Exception {
        String to = address("ada");
        outbox.queue(reminder(to, new Mail.MailAttachment("session.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes())));

        deliveredTo(to);
        worker.deliverDue();

        assertThat(smtp.receivedBy(to)).hasSize(1);
        MimeMessage message = smtp.receivedBy(to).getFirst();
        assertThat(message.getSubject()).isEqualTo("Time for your 30-day follow-up");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Doorstep <no-reply@localhost>");
        List<Part> parts = leaves(message);
        assertThat(parts).extracting(p -> p.getContentType().replaceAll(";.*", "").strip().toLowerCase(Locale.ROOT))
                .containsExactly("text/plain", "text/html", "text/calendar");
        assertThat(((Multipart) ((Multipart) message.getContent()).getBodyPart(0).getContent()).getContentType())
                .startsWith("multipart/alternative");
        assertThat(parts.get(0).getContent().toString()).contains("it is 30 days since you finished pruning", "http://localhost/results");
        assertThat(parts.get(1).getContent().toString()).contains("<a href=\"http://localhost/results\">");
        assertThat(parts.get(2).getFileName()).isEqualTo("session.ics");
        assertThat(new String(parts.get(2).getInputStream().readAllBytes())).isEqualTo("BEGIN:VCALENDAR");
        assertThat(row(to).get("attempts")).isEqualTo(1);
    }

    @Test
    void sent_mail_loses_its_bodies_and_attachment_contents_when_they_are_not_kept() {
        String to = address("erased");
        outbox.queue(reminder(to, new Mail.MailAttachment("a.txt", "text/plain", "secret link".getBytes())));

        deliveredTo(to);

        assertThat(row(to).get("body_text")).isEqualTo("");
        assertThat(row(to).get("body_html")).isEqualTo("");
        assertThat(jdbc.queryForObject("select file_name || ':' || length(content) from mail_attachment a join mail_outbox m on m.id = a.mail_id "
                + "where m.recipient = ?", String.class, to)).isEqualTo("a.txt:0");
        assertThat(smtp.receivedBy(to)).hasSize(1);
    }

    @Test
    void with_the_mail_server_away_the_action_succeeds_and_the_mail_goes_out_once_when_it_is_back() {
        String to = address("away");
        smtp.stop();

        Long audited = transaction.execute(status -> {
            outbox.queue(reminder(to));
            return jdbc.queryForObject("insert into audit_event (actor_username, action, details) values ('admin', 'TEST', ?) returning id",
                    Long.class, to);
        });
        worker.deliverDue();
        worker.deliverDue();

        assertThat(audited).isNotNull();
        Map<String, Object> waiting = row(to);
        assertThat(waiting.get("state")).isEqualTo("QUEUED");
        assertThat((Integer) waiting.get("attempts")).isPositive();
        assertThat(waiting.get("last_error").toString()).contains("Connection refused");
        assertThat(((java.sql.Timestamp) waiting.get("next_attempt_at")).toInstant()).isAfter(Instant.now().plusSeconds(20));

        smtp.start();
        jdbc.update("update mail_outbox set next_attempt_at = now() where recipient = ?", to); // as if 30 s went by
        deliveredTo(to);
        worker.deliverDue();

        assertThat(smtp.receivedBy(to)).hasSize(1);
        assertThat(row(to).get("last_error")).isNull();
    }

    @Test
    void a_failed_try_waits_30_seconds_doubling_up_to_an_hour_and_gives_up_after_three_days() {
        String to = address("backoff");
        outbox.queue(reminder(to));
        long id = jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, to);
        jdbc.update("update mail_outbox set next_attempt_at = now() + interval '1 day' where id = ?", id); // no worker takes it

        store.failed(id, "first");
        assertThat(secondsToNextAttempt(id)).isBetween(28L, 30L);
        store.failed(id, "second");
        assertThat(secondsToNextAttempt(id)).isBetween(58L, 60L);
        jdbc.update("update mail_outbox set attempts = 12 where id = ?", id);
        store.failed(id, "thirteenth");
        assertThat(secondsToNextAttempt(id)).isBetween(3598L, 3600L);
        assertThat(row(to).get("state")).isEqualTo("QUEUED");

        jdbc.update("update mail_outbox set created_at = now() - interval '3 days 1 minute' where id = ?", id);
        store.failed(id, "too late");
        assertThat(row(to).get("state")).isEqualTo("FAILED");
        assertThat(row(to).get("last_error")).isEqualTo("too late");
    }

    private long secondsToNextAttempt(long id) {
        return jdbc.queryForObject("select extract(epoch from next_attempt_at - now())::bigint from mail_outbox where id = ?", Long.class, id);
    }

    @Test
    void two_workers_at_once_send_each_of_many_mails_exactly_once() throws Exception {
        String prefix = "many-" + UUID.randomUUID().toString().substring(0, 6);
        List<String> addresses = IntStream.range(0, 60).mapToObj(i -> prefix + "-" + i + "@example.org").toList();
        transaction.executeWithoutResult(status -> addresses.forEach(to -> outbox.queue(reminder(to))));
        OutboxWorker one = new OutboxWorker(store, outbox, sender, "Doorstep <no-reply@localhost>", false);
        OutboxWorker two = new OutboxWorker(store, outbox, sender, "Doorstep <no-reply@localhost>", false);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Integer>> taken = new ArrayList<>();
        for (OutboxWorker instance : List.of(one, two)) {
            taken.add(threads.submit(() -> {
                int total = 0;
                for (int round = 0; round < 10; round++) {
                    total += instance.deliverDue();
                }
                return total;
            }));
        }
        for (Future<Integer> each : taken) {
            each.get();
        }
        threads.shutdown();
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient like ? and state = 'SENT'", Integer.class, prefix + "-%") == 60);

        assertThat(addresses).allSatisfy(to -> assertThat(smtp.receivedBy(to)).as(to).hasSize(1));
        assertThat(jdbc.queryForObject("select sum(attempts) from mail_outbox where recipient like ?", Integer.class, prefix + "-%"))
                .isEqualTo(60);
    }

    @Test
    void without_an_smtp_server_the_worker_takes_nothing() {
        Outbox unconfigured = new Outbox() {
            @Override
            public void queue(Mail mail) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean deliveryConfigured() {
                return false;
            }
        };
        String to = address("unsent");
        outbox.queue(reminder(to));
        jdbc.update("update mail_outbox set next_attempt_at = now() where recipient = ?", to);

        assertThat(new OutboxWorker(store, unconfigured, sender, "x@localhost", false).deliverDue()).isZero();
        assertThat(outbox.deliveryConfigured()).isTrue();
    }

    @Test
    void an_address_that_cannot_be_parsed_is_given_up_at_once() {
        String to = "not an address@@example.org";
        jdbc.update("delete from mail_outbox where recipient = ?", to);
        outbox.queue(reminder(to));

        await().atMost(PATIENCE).until(() -> {
            worker.deliverDue();
            return "FAILED".equals(row(to).get("state"));
        });

        assertThat(row(to).get("attempts")).isEqualTo(1);
        assertThat(row(to).get("last_error").toString()).isNotBlank();
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }
}
