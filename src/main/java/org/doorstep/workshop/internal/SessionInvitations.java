package org.doorstep.workshop.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.doorstep.base.Mail;
import org.doorstep.base.Outbox;
import org.doorstep.base.PublicUrl;
import org.doorstep.security.MailRecipients;
import org.doorstep.workshop.SessionTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Mails a session's news (scheduled, moved, cancelled) with its calendar invitation to everyone in its cohort
 * and to its trainer, each with a verified address and in their own language. Queued in the caller's
 * transaction: no change, no mail.
 */
@Component
public class SessionInvitations {

    public static final String SCHEDULED = "workshop-scheduled";
    public static final String MOVED = "workshop-moved";
    public static final String CANCELLED = "workshop-cancelled";

    private static final String BUNDLE = "vaadin-i18n/translations";

    private final WorkshopStore store;
    private final MailRecipients recipients;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final Clock clock;

    SessionInvitations(WorkshopStore store, MailRecipients recipients, Outbox outbox, PublicUrl publicUrl, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** The address trainees join the session at. */
    public String joinLink(String code) {
        return publicUrl.link("/workshop/join?code=" + code);
    }

    /**
     * Queues one mail per recipient. For a move, {@code before} and {@code beforeZone} say when it was
     * planned (null otherwise).
     */
    public void send(SessionRow session, String kind, String lessonTitle, @Nullable Instant before, @Nullable ZoneId beforeZone) {
        Set<Long> people = new LinkedHashSet<>(store.cohortMemberIds(session.cohortId()));
        Optional<MailRecipients.Recipient> trainer = Optional.ofNullable(session.trainerId()).flatMap(recipients::verified);
        if (session.trainerId() != null) {
            people.add(session.trainerId());
        }
        SessionCalendar.Person organizer = trainer.map(t -> new SessionCalendar.Person(t.displayName(), t.email()))
                .orElse(null);
        String link = joinLink(session.code());
        // One calendar object for all: its description is in the default language, the mails in each reader's.
        String description = lessonTitle + " (" + session.cohortName() + ")\n"
                + SessionTimes.inMail(session.startsAt(), session.durationMinutes(), session.timeZone(), Locale.UK)
                + "\n" + link;
        SessionCalendar calendar = new SessionCalendar(session, lessonTitle, description, link, organizer, clock.instant());
        for (long userId : people) {
            recipients.verified(userId).ifPresent(to -> {
                Locale locale = writtenIn(to.locale());
                String when = SessionTimes.inMail(session.startsAt(), session.durationMinutes(), session.timeZone(), locale);
                String was = before == null ? ""
                        : SessionTimes.inMail(before, session.durationMinutes(), Objects.requireNonNull(beforeZone, "given with before"), locale);
                List<Object> arguments = List.of(to.displayName(), lessonTitle, session.cohortName(), when,
                        session.code(), link, trainerName(session), was);
                Mail.MailAttachment invitation = calendar.attachmentFor(new SessionCalendar.Person(to.displayName(), to.email()));
                outbox.queue(new Mail(to.email(), to.userId(), to.locale(), kind, arguments, List.of(invitation)));
            });
        }
    }

    /** Dates in the language the mail's words come in: the reader's where the bundle has it, else British English. */
    static Locale writtenIn(Locale wanted) {
        Locale found = ResourceBundle.getBundle(BUNDLE, wanted,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getLocale();
        return found.getLanguage().isEmpty() ? Locale.UK : found;
    }

    private static String trainerName(SessionRow session) {
        return session.trainerName() == null ? "" : session.trainerName();
    }
}
