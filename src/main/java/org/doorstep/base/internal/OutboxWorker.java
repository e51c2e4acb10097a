package org.doorstep.base.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.base.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox every few seconds: claims due mail (each row by one instance only, see
 * {@link OutboxStore#claim}), sends the batch over one SMTP connection, and records each mail as sent or to be
 * tried again. A mail server that is away costs one log line per batch; the mail waits in the database.
 */
@Component
public class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    static final int BATCH = 20;
    // Longer than a batch can take with the SMTP time-outs of application.properties, so no row is sent twice.
    static final Duration LEASE = Duration.ofMinutes(5);

    private final OutboxStore store;
    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final boolean keepSentBodies;

    OutboxWorker(OutboxStore store, Outbox outbox, ObjectProvider<JavaMailSender> sender,
            @Value("${doorstep.mail.from:Doorstep <no-reply@localhost>}") String from,
            @Value("${doorstep.mail.keep-sent-bodies:false}") boolean keepSentBodies) {
        this.store = store;
        this.outbox = outbox;
        this.sender = sender;
        this.from = from;
        this.keepSentBodies = keepSentBodies;
    }

    @Scheduled(initialDelayString = "${doorstep.mail.poll-interval:5s}", fixedDelayString = "${doorstep.mail.poll-interval:5s}")
    void poll() {
        try {
            while (deliverDue() == BATCH) {
                // a full batch went out: more may be waiting (after a failure, the next poll tries again)
            }
        } catch (RuntimeException e) {
            // The database away, for instance: the next poll tries again.
            LOG.warn("Mail delivery paused: {}", e.toString());
        }
    }

    /** Sends one batch of due mail; returns how many went out. Without SMTP it takes none. */
    public int deliverDue() {
        if (!outbox.deliveryConfigured()) {
            return 0;
        }
        JavaMailSender mailSender = sender.getObject();
        List<OutboxStore.Due> due = store.claim(BATCH, LEASE);
        if (due.isEmpty()) {
            return 0;
        }
        Map<MimeMessage, Long> messages = new LinkedHashMap<>();
        for (OutboxStore.Due mail : due) {
            try {
                messages.put(message(mailSender, mail), mail.id());
            } catch (MessagingException | MailException | IllegalArgumentException e) {
                store.undeliverable(mail.id(), brief(e));
                LOG.warn("Mail {} cannot be sent as it stands and is given up: {}", mail.id(), brief(e));
            }
        }
        Map<Long, String> failures = send(mailSender, messages);
        List<Long> sent = messages.values().stream().filter(id -> !failures.containsKey(id)).toList();
        store.sent(sent, keepSentBodies);
        failures.forEach(store::failed);
        if (!failures.isEmpty()) {
            LOG.warn("Mail delivery failed for {} of {} mails, trying again later: {}", failures.size(), messages.size(),
                    failures.values().iterator().next());
        }
        return sent.size();
    }

    /** Sends over one connection; returns the mails that failed with why. */
    private static Map<Long, String> send(JavaMailSender mailSender, Map<MimeMessage, Long> messages) {
        Map<Long, String> failures = new LinkedHashMap<>();
        if (messages.isEmpty()) {
            return failures;
        }
        try {
            mailSender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            e.getFailedMessages().forEach((message, why) -> failures.put(messages.get(message), brief(why)));
            if (failures.isEmpty()) {
                messages.values().forEach(id -> failures.put(id, brief(e)));
            }
        } catch (MailException e) {
            // Authentication refused, for instance: nothing went out.
            messages.values().forEach(id -> failures.put(id, brief(e)));
        }
        return failures;
    }

    private MimeMessage message(JavaMailSender mailSender, OutboxStore.Due mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html()); // multipart/alternative: plain text first, HTML preferred
        for (OutboxStore.Attachment attachment : mail.attachments()) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        message.setHeader("X-Doorstep-Mail-Id", String.valueOf(mail.id()));
        return message;
    }

    /** One line, no stack trace: the cause that says most, cut to fit the column. */
    private static String brief(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause + ")";
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

}
