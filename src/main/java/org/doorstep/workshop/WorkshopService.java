package org.doorstep.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.doorstep.base.JoinCodes;
import org.doorstep.base.Refusal;
import org.doorstep.base.SignedInUser;
import org.doorstep.base.TimeZones;
import org.doorstep.course.CourseService;
import org.doorstep.course.Lesson;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExerciseSummary;
import org.doorstep.security.CohortDirectory;
import org.doorstep.workshop.internal.LiveRooms;
import org.doorstep.workshop.internal.RoomEvents;
import org.doorstep.workshop.internal.SessionInvitations;
import org.doorstep.workshop.internal.SessionRow;
import org.doorstep.workshop.internal.WorkshopStore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trainer's side of live workshops: schedule sessions for their cohorts (move or cancel them while
 * planned) and drive them. Only the trainer who runs the session's cohort now may open or change it (when an
 * administrator hands the cohort over, its sessions go with it); every change is saved, then
 * announced to all instances, and a change of plan is mailed with its calendar invitation.
 */
@Service
@PreAuthorize("hasRole('TRAINER')")
public class WorkshopService {

    static final int SESSION_CODE_LENGTH = 6;
    public static final int DEFAULT_MINUTES = 60;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 600;

    private final WorkshopStore store;
    private final Sessions sessions;
    private final RoomEvents events;
    private final LiveRooms rooms;
    private final CohortDirectory cohorts;
    private final ExerciseService exercise;
    private final CourseService course;
    private final Clock clock;
    private final TimeZones zones;
    private final SessionInvitations invitations;
    /** A pushed read runs outside any call to this service, so it opens its own transaction. */
    private final TransactionTemplate readOnly;

    WorkshopService(WorkshopStore store, Sessions sessions, RoomEvents events, LiveRooms rooms, CohortDirectory cohorts,
            ExerciseService exercise, CourseService course, Clock clock, TimeZones zones,
            SessionInvitations invitations, PlatformTransactionManager transactions) {
        this.store = store;
        this.sessions = sessions;
        this.events = events;
        this.rooms = rooms;
        this.cohorts = cohorts;
        this.exercise = exercise;
        this.course = course;
        this.clock = clock;
        this.zones = zones;
        this.invitations = invitations;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** A page of my sessions, open ones first, then the latest. */
    @Transactional(readOnly = true)
    public List<SessionRef> mySessions(int offset, int limit) {
        return store.ofTrainer(SignedInUser.currentId(), offset, limit).stream().map(sessions::ref).toList();
    }

    @Transactional(readOnly = true)
    public int countMySessions() {
        return store.countOfTrainer(SignedInUser.currentId());
    }

    /** The lessons of the course one of my cohorts takes, in order, to pick one to run live with it. */
    @Transactional(readOnly = true)
    public List<Lesson> lessons(long cohortId) {
        return course.lessons(myCohort(cohortId).courseSlug());
    }

    private CohortDirectory.TrainerCohort myCohort(long cohortId) {
        return cohorts.cohortsIRun().stream().filter(cohort -> cohort.id() == cohortId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Cohort " + cohortId + " is not run by you"));
    }

    /** A new session of one of my cohorts in the default time zone, an hour long. */
    @Transactional
    public SessionRef schedule(long cohortId, String lessonSlug, Instant startsAt) {
        return create(cohortId, lessonSlug, startsAt, zones.defaultZone(), DEFAULT_MINUTES);
    }

    /**
     * A new session of one of my cohorts, with its own join code, starting at that wall-clock time in that
     * zone; the cohort and I get a calendar invitation by mail.
     */
    @Transactional
    public SessionRef schedule(long cohortId, String lessonSlug, @Nullable LocalDateTime startsAt, String timeZone,
            int durationMinutes) {
        ZoneId zone = zone(timeZone);
        if (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
            throw new Refusal("duration", "workshop.duration.range");
        }
        return create(cohortId, lessonSlug, startsAt == null ? null : startsAt.atZone(zone).toInstant(), zone,
                durationMinutes);
    }

    /** Gives a planned session a new start (and zone); everyone invited gets the updated invitation. */
    @Transactional
    public SessionRef move(String code, @Nullable LocalDateTime startsAt, String timeZone) {
        SessionRow session = planned(code);
        ZoneId zone = zone(timeZone);
        if (startsAt == null) {
            throw new Refusal("startsAt", "workshop.starts.missing");
        }
        store.move(session.id(), startsAt.atZone(zone).toInstant(), zone);
        events.changed(session.id());
        SessionRow moved = store.byId(session.id()).orElseThrow();
        SessionRef ref = sessions.ref(moved);
        invitations.send(moved, SessionInvitations.MOVED, ref.lessonTitle(), session.startsAt(), session.timeZone());
        return ref;
    }

    /** Calls off a planned session for good: its code lets nobody in, and calendars drop it. */
    @Transactional
    public SessionRef cancel(String code) {
        SessionRow session = planned(code);
        store.cancel(session.id());
        events.changed(session.id());
        SessionRow cancelled = store.byId(session.id()).orElseThrow();
        SessionRef ref = sessions.ref(cancelled);
        invitations.send(cancelled, SessionInvitations.CANCELLED, ref.lessonTitle(), null, null);
        return ref;
    }

    /** The zones a session may be planned in, and the one the form starts with. */
    @Transactional(readOnly = true)
    public List<String> timeZones() {
        return zones.choices();
    }

    @Transactional(readOnly = true)
    public String defaultTimeZone() {
        return zones.defaultZone().getId();
    }

    /** {@code startsAt}: null when the form had none, refused. */
    private SessionRef create(long cohortId, String lessonSlug, @Nullable Instant startsAt, ZoneId zone, int minutes) {
        if (course.lesson(myCohort(cohortId).courseSlug(), lessonSlug).isEmpty()) {
            throw new Refusal("lesson", "workshop.lesson.unknown");
        }
        if (startsAt == null) {
            throw new Refusal("startsAt", "workshop.starts.missing");
        }
        String code;
        do {
            code = JoinCodes.next(SESSION_CODE_LENGTH);
        } while (store.codeTaken(code));
        long id = store.insertSession(cohortId, SignedInUser.currentId(), lessonSlug, code, startsAt, zone, minutes);
        SessionRow created = store.byId(id).orElseThrow();
        SessionRef ref = sessions.ref(created);
        invitations.send(created, SessionInvitations.SCHEDULED, ref.lessonTitle(), null, null);
        return ref;
    }

    private ZoneId zone(String timeZone) {
        return zones.parse(timeZone).orElseThrow(() -> new Refusal("timeZone", "workshop.zone.unknown"));
    }

    /** The presenter screen; opening it starts a scheduled session. */
    @Transactional
    public Presentation present(String code) {
        SessionRow session = mine(code);
        if (session.state() == SessionState.CANCELLED) {
            throw Refusal.of("workshop.cancelled");
        }
        if (session.state() == SessionState.SCHEDULED) {
            store.update(session.id(), SessionState.LIVE, session.currentStep(), session.selfPaced(), null);
            events.changed(session.id());
            session = mine(code);
        }
        return presentation(session);
    }

    /** The presenter screen as it is now, for its reloads; reading changes nothing. */
    @Transactional(readOnly = true)
    public Presentation presentation(String code) {
        return presentation(mine(code));
    }

    @Transactional
    public void goTo(String code, int step) {
        SessionRow session = live(code);
        store.update(session.id(), session.state(), Sessions.clamp(step, sessions.steps(session)), session.selfPaced(), null);
        events.changed(session.id());
    }

    /** Lets the room go at its own pace, or brings everyone back to the trainer's step. */
    @Transactional
    public void setSelfPaced(String code, boolean selfPaced) {
        SessionRow session = live(code);
        if (selfPaced && !session.selfPaced()) {
            store.setAllOwnSteps(session.id(), session.currentStep());
        }
        store.update(session.id(), session.state(), session.currentStep(), selfPaced, null);
        events.changed(session.id());
    }

    /** Shows a step's results on everyone's screen, or hides them again. */
    @Transactional
    public void reveal(String code, int step, boolean shown) {
        SessionRow session = live(code);
        store.reveal(session.id(), Sessions.clamp(step, sessions.steps(session)), shown);
        events.changed(session.id());
    }

    /** Takes a written answer off the room's screens (or puts it back); the writer is never named. */
    @Transactional
    public void hideAnswer(String code, long answerId, boolean hidden) {
        SessionRow session = live(code);
        store.setHidden(session.id(), answerId, hidden).orElseThrow(() -> Refusal.of("workshop.answer.unknown"));
        events.changed(session.id());
    }

    /** Ends the session for good: answers and attendance stay as its summary, screens let go of it. */
    @Transactional
    public void end(String code) {
        SessionRow session = mine(code);
        if (!session.state().over()) {
            store.update(session.id(), SessionState.ENDED, session.currentStep(), session.selfPaced(), clock.instant());
            events.changed(session.id());
        }
    }

    @Transactional(readOnly = true)
    public SessionSummary summary(String code) {
        SessionRow session = mine(code);
        List<WorkshopStep> steps = sessions.steps(session);
        Set<Integer> answerable = new TreeSet<>();
        steps.stream().filter(WorkshopStep::answerable).forEach(step -> answerable.add(step.index()));
        Map<Integer, PollResult> results = store.results(session.id(), answerable);
        return new SessionSummary(sessions.ref(session), session.endedAt(),
                store.attendees(session.id()).stream().map(WorkshopStore.AttendeeRow::name).toList(), steps,
                answerable.stream().map(results::get).toList());
    }

    /**
     * The presenter screen pushed to {@code screen} whenever the session changes on any instance, until closed. It
     * is read on the delivery thread as the trainer who asked; a session no longer theirs (its cohort handed on) is
     * not pushed, and the screen's own next reload takes them back to their list.
     */
    @Transactional(readOnly = true)
    public Subscription watch(String code, Consumer<Presentation> screen) {
        SecurityContext trainer = SecurityContextHolder.createEmptyContext();
        trainer.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return rooms.watch(mine(code).id(), () -> asTheTrainer(trainer, () -> {
            Presentation now;
            try {
                now = readOnly.execute(status -> presentation(mine(code)));
            } catch (AccessDeniedException | Refusal notShownAnyMore) {
                return;
            }
            screen.accept(now);
        }));
    }

    /**
     * Runs a pushed read as the trainer. When the thread already answers with the trainer's sign-in (Vaadin's
     * context strategy inside the UI's own session) nothing is set; otherwise theirs is set for the call and the
     * thread's own put back, so no sign-in stays behind on a pooled thread that serves other people next.
     */
    private static void asTheTrainer(SecurityContext trainer, Runnable action) {
        SecurityContext current = SecurityContextHolder.getContext();
        Authentication now = current.getAuthentication();
        // The trainer's context was taken from their signed-in request, so it holds their sign-in.
        if (now != null && now.getName().equals(Objects.requireNonNull(trainer.getAuthentication(), "the trainer's sign-in").getName())) {
            action.run();
            return;
        }
        SecurityContextHolder.setContext(trainer);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }

    private Presentation presentation(SessionRow session) {
        List<WorkshopStep> steps = sessions.steps(session);
        int current = Sessions.clamp(session.currentStep(), steps);
        PollResult answers = Objects.requireNonNull(store.results(session.id(), Set.of(current)).get(current), "a result for each step asked");
        return new Presentation(sessions.ref(session), steps, current, session.selfPaced(), answers,
                store.revealed(session.id()), progress(session));
    }

    /** Names for the trainer; the exercise in counts over the people in the room. */
    private RoomProgress progress(SessionRow session) {
        List<WorkshopStore.AttendeeRow> attendees = store.attendees(session.id());
        Map<Long, ExerciseSummary> summaries = exercise.summariesOfMyCohort(session.cohortId());
        List<Attendee> people = new ArrayList<>();
        int imported = 0;
        int connections = 0;
        int reviewed = 0;
        int remove = 0;
        for (WorkshopStore.AttendeeRow row : attendees) {
            people.add(new Attendee(row.name(), session.selfPaced() ? row.ownStep() : session.currentStep()));
            ExerciseSummary summary = summaries.getOrDefault(row.userId(), ExerciseSummary.NONE);
            imported += summary.total() > 0 ? 1 : 0;
            connections += summary.total();
            reviewed += summary.reviewed();
            remove += summary.remove();
        }
        return new RoomProgress(people, imported, connections, reviewed, remove);
    }

    /** The session, when I run its cohort now (the row carries the cohort's current trainer). */
    private SessionRow mine(String code) {
        SessionRow session = sessions.byCode(code);
        if (session.trainerId() == null || session.trainerId() != SignedInUser.currentId()) {
            throw new AccessDeniedException("Session " + session.code() + " is not run by you");
        }
        return session;
    }

    private SessionRow live(String code) {
        SessionRow session = mine(code);
        if (session.state().over()) {
            throw Refusal.of(session.state() == SessionState.ENDED ? "workshop.ended" : "workshop.cancelled");
        }
        return session;
    }

    /** Only a session that has not begun can move or be called off; a live one is ended instead. */
    private SessionRow planned(String code) {
        SessionRow session = mine(code);
        if (session.state() != SessionState.SCHEDULED) {
            throw Refusal.of("workshop.not-planned");
        }
        return session;
    }
}
