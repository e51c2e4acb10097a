package org.doorstep.workshop;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.doorstep.base.JoinCodes;
import org.doorstep.base.Refusal;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.Directory;
import org.doorstep.security.JoinCodeThrottle;
import org.doorstep.workshop.internal.LiveRooms;
import org.doorstep.workshop.internal.ProfanityFilter;
import org.doorstep.workshop.internal.RoomEvents;
import org.doorstep.workshop.internal.RoomReader;
import org.doorstep.workshop.internal.SessionRow;
import org.doorstep.workshop.internal.WorkshopStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainee's side of a live workshop: join with the code, follow the room, answer its polls. The code is
 * what lets a trainee in (joining puts them in the session's cohort); without having joined, a session
 * shows them nothing.
 */
@Service
@PreAuthorize("hasRole('TRAINEE')")
public class RoomService {

    public static final int MAX_WORDS = 280;

    private final WorkshopStore store;
    private final Sessions sessions;
    private final RoomReader reader;
    private final RoomEvents events;
    private final LiveRooms rooms;
    private final Directory directory;
    private final Clock clock;
    private final JoinCodeThrottle throttle;

    RoomService(WorkshopStore store, Sessions sessions, RoomReader reader, RoomEvents events, LiveRooms rooms, Directory directory,
            Clock clock, JoinCodeThrottle throttle) {
        this.throttle = throttle;
        this.directory = directory;
        this.store = store;
        this.sessions = sessions;
        this.reader = reader;
        this.events = events;
        this.rooms = rooms;
        this.clock = clock;
    }

    /** Sessions of my cohorts that have not ended, to join with one click. */
    @Transactional(readOnly = true)
    public List<SessionRef> openSessions() {
        return store.openForMember(SignedInUser.currentId()).stream().map(sessions::ref).toList();
    }

    /**
     * Joins a session by its code (a second join is harmless); a late joiner starts on the current step. Wrong codes
     * are throttled per account and client address; a session of another organisation's cohort is refused unless
     * the cohort is open.
     */
    @Transactional
    public SessionRef join(String code) {
        long me = SignedInUser.currentId();
        String client = JoinCodeThrottle.currentClient();
        if (!throttle.claim(client, me)) {
            throw Refusal.of("workshop.code.throttled");
        }
        // Another organisation's session looks like no session at all (unless its cohort is open to everyone).
        SessionRow session = store.byCode(JoinCodes.normalise(code)).filter(found -> directory.mayJoin(found.cohortId()))
                .orElseThrow(() -> Refusal.of("workshop.code.unknown")); // the claimed attempt stays counted
        throttle.giveBack(client, me);
        if (session.state().over()) {
            throw Refusal.of(session.state() == SessionState.ENDED ? "workshop.ended" : "workshop.cancelled");
        }
        directory.joinCohort(session.cohortId());
        if (store.join(session.id(), me, session.currentStep(), clock.instant())) {
            events.changed(session.id());
        }
        return sessions.ref(store.byId(session.id()).orElseThrow());
    }

    /** My place in a session I joined: its steps, the room now, my own step and answers. */
    @Transactional(readOnly = true)
    public Seat seat(String code) {
        SessionRow session = joined(code);
        long me = SignedInUser.currentId();
        List<WorkshopStep> steps = sessions.steps(session);
        return new Seat(sessions.ref(session), steps, reader.room(session.id()).orElseThrow(),
                Sessions.clamp(store.ownStep(session.id(), me).orElse(0), steps), store.answersOf(session.id(), me));
    }

    /** When the trainer lets the room go at its own pace: where I am now, for the trainer's overview. */
    @Transactional
    public void moveTo(String code, int step) {
        SessionRow session = open(code);
        if (!session.selfPaced()) {
            throw Refusal.of("workshop.follow-trainer");
        }
        store.setOwnStep(session.id(), SignedInUser.currentId(), Sessions.clamp(step, sessions.steps(session)));
        events.changed(session.id());
    }

    /** My vote on a poll step (one option, or several where the question takes more); voting again changes it until the reveal. */
    @Transactional
    public void choose(String code, int step, Set<Integer> options) {
        SessionRow session = open(code);
        WorkshopStep poll = answerableStep(session, step, WorkshopStep.Kind.POLL);
        if (options.isEmpty() || (!poll.multiple() && options.size() > 1)) {
            throw Refusal.of("workshop.option.count");
        }
        if (options.stream().anyMatch(option -> option < 0 || option >= poll.options().size())) {
            throw Refusal.of("workshop.option.unknown");
        }
        // Once revealed, the counts on every screen are final: the poll takes no more votes.
        if (!store.answerUnlessRevealed(session.id(), step, SignedInUser.currentId(), options, clock.instant())) {
            throw Refusal.of("workshop.poll.revealed");
        }
        events.changed(session.id());
    }

    /** My few words on a reflection step; a text with a listed word starts hidden from the room. */
    @Transactional
    public void write(String code, int step, String text) {
        SessionRow session = open(code);
        answerableStep(session, step, WorkshopStep.Kind.WORDS);
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_WORDS) {
            throw Refusal.of("workshop.words.length");
        }
        store.answer(session.id(), step, SignedInUser.currentId(), null, clean, ProfanityFilter.isOffensive(clean),
                clock.instant());
        events.changed(session.id());
    }

    /** The room pushed to my screen on every change, until closed or the session ends. */
    @Transactional(readOnly = true)
    public Subscription follow(String code, Consumer<Room> screen) {
        return rooms.follow(joined(code).id(), screen);
    }

    private WorkshopStep answerableStep(SessionRow session, int step, WorkshopStep.Kind kind) {
        List<WorkshopStep> steps = sessions.steps(session);
        int where = session.selfPaced() ? store.ownStep(session.id(), SignedInUser.currentId()).orElse(0)
                : session.currentStep();
        if (step != where || step >= steps.size() || steps.get(step).kind() != kind) {
            throw Refusal.of("workshop.step.moved");
        }
        return steps.get(step);
    }

    private SessionRow joined(String code) {
        SessionRow session = sessions.byCode(code);
        if (store.ownStep(session.id(), SignedInUser.currentId()).isEmpty()) {
            throw Refusal.of("workshop.not-joined");
        }
        return session;
    }

    private SessionRow open(String code) {
        SessionRow session = joined(code);
        if (session.state() != SessionState.LIVE) {
            throw Refusal.of(switch (session.state()) {
                case ENDED -> "workshop.ended";
                case CANCELLED -> "workshop.cancelled";
                default -> "workshop.not-started";
            });
        }
        return session;
    }
}
