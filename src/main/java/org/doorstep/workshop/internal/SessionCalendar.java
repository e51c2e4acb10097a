package org.doorstep.workshop.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.doorstep.base.Mail;
import org.doorstep.workshop.SessionState;
import org.jspecify.annotations.Nullable;

/**
 * A session as an iTIP calendar object (RFC 5546): REQUEST to add or update it, CANCEL to take it out. The UID
 * stays with the session and SEQUENCE rises with each change, so a calendar replaces the event it holds
 * instead of adding another. Built and validated once per change, then written out for each recipient with
 * them as the ATTENDEE (validating every copy would cost a few milliseconds per person in a large cohort).
 */
public final class SessionCalendar {

    public record Person(String name, String email) {
    }

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Calendar calendar;
    private final VEvent event;
    private final @Nullable Person organizer;
    private final boolean cancel;

    /** {@code organizer} may be null when the trainer has no verified address. */
    public SessionCalendar(SessionRow session, String summary, String description, String joinLink, @Nullable Person organizer,
            Instant now) {
        this.organizer = organizer;
        this.cancel = session.state() == SessionState.CANCELLED;
        ZonedDateTime start = session.startsAt().atZone(session.timeZone());
        event = new VEvent(false);
        event.add(new DtStamp(now));
        event.add(new Uid(session.calendarUid() + "@doorstep"));
        event.add(new Sequence(session.calendarSequence()));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(start.plusMinutes(session.durationMinutes())));
        event.add(new Summary(summary));
        event.add(new Description(description));
        event.add(new Url(URI.create(joinLink)));
        if (organizer != null) {
            Organizer trainer = new Organizer(mailto(organizer.email()));
            trainer.add(new Cn(organizer.name()));
            event.add(trainer);
        }
        event.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        calendar = new Calendar();
        calendar.add(new ProdId("-//Doorstep//Live workshops//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(ZONES.getTimeZone(session.timeZone().getId()).getVTimeZone());
        calendar.add(event);
        calendar.validate();
    }

    /** The .ics attachment for one recipient; the trainer's own copy names them as organizer only. */
    public Mail.MailAttachment attachmentFor(Person recipient) {
        event.getProperties(Property.ATTENDEE).forEach(event::remove);
        if (organizer == null || !recipient.email().equalsIgnoreCase(organizer.email())) {
            Attendee person = new Attendee(mailto(recipient.email()));
            person.add(new Cn(recipient.name()));
            person.add(Role.REQ_PARTICIPANT);
            person.add(PartStat.NEEDS_ACTION);
            person.add(Rsvp.FALSE);
            event.add(person);
        }
        String method = cancel ? "CANCEL" : "REQUEST";
        return new Mail.MailAttachment(cancel ? "cancelled.ics" : "invitation.ics",
                "text/calendar; method=" + method + "; charset=UTF-8", text().getBytes(StandardCharsets.UTF_8));
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an address for a calendar: " + address, e);
        }
    }

    private String text() {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
