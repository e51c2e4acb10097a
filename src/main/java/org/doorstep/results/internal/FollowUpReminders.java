package org.doorstep.results.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.base.Mail;
import org.doorstep.base.Outbox;
import org.doorstep.base.PublicUrl;
import org.doorstep.security.MailRecipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails a trainee when a follow-up falls due (30, 60 and 90 days after pruning finished), once per follow-up:
 * the reminder's row and its mail are written in one transaction, and the row's key admits one per follow-up,
 * whichever instance runs and however often.
 */
@Component
public class FollowUpReminders {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpReminders.class);

    private final ReminderStore store;
    private final MailRecipients recipients;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FollowUpReminders(ReminderStore store, MailRecipients recipients, Outbox outbox, PublicUrl publicUrl,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${doorstep.reminders.initial-delay:2m}", fixedDelayString = "${doorstep.reminders.interval:1h}")
    void run() {
        try {
            int queued = remind(LocalDate.now(clock));
            if (queued > 0) {
                LOG.info("Follow-up reminders: {} queued", queued);
            }
        } catch (RuntimeException e) {
            LOG.warn("Follow-up reminders paused until the next run: {}", e.toString());
        }
    }

    /** Queues the reminders due on that day; returns how many. One person's failure leaves the others' mail alone. */
    public int remind(LocalDate today) {
        int queued = 0;
        int failed = 0;
        for (ReminderStore.Due reminder : store.due(today)) {
            try {
                queued += Boolean.TRUE.equals(transaction.execute(status -> remind(reminder))) ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                if (failed == 1) {
                    LOG.warn("Follow-up reminder for account {} not queued (tried again next run): {}", reminder.userId(), e.toString());
                }
            }
        }
        return queued;
    }

    private boolean remind(ReminderStore.Due reminder) {
        return recipients.verified(reminder.userId())
                .filter(MailRecipients.Recipient::remindersEnabled)
                .filter(recipient -> store.claim(reminder))
                .map(recipient -> {
                    outbox.queue(new Mail(recipient.email(), recipient.userId(), recipient.locale(), "follow-up-reminder",
                            List.of(reminder.followUp(), recipient.displayName(), publicUrl.link("/results"))));
                    return true;
                }).orElse(false);
    }
}
