package org.doorstep.workshop.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Refusals;
import org.doorstep.course.CoursePaths;
import org.doorstep.workshop.MyAnswers;
import org.doorstep.workshop.PollResult;
import org.doorstep.workshop.Room;
import org.doorstep.workshop.RoomService;
import org.doorstep.workshop.Seat;
import org.doorstep.workshop.SessionRef;
import org.doorstep.workshop.SessionState;
import org.doorstep.workshop.SessionTimes;
import org.doorstep.workshop.Subscription;
import org.doorstep.workshop.WorkshopStep;
import org.jspecify.annotations.Nullable;

/**
 * A trainee's screen in a live session: it follows the trainer's step by server push (or the trainee's own,
 * when the trainer lets the room go at its pace), takes their answers and shows the room's once revealed.
 * A reload or a reconnection reads the room again, so it lands on the current step.
 */
@Route("workshop/:code")
@RolesAllowed(Roles.TRAINEE)
public class RoomView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Div stage = new Div();
    final Div results = new Div();
    final Span status = new Span();
    private final RoomService rooms;
    private String code;
    private SessionRef session;
    private List<WorkshopStep> steps = List.of();
    private MyAnswers myAnswers;
    private Seat seat;
    private int ownStep;
    /** The room last shown; null until beforeEnter found the seat. */
    private @Nullable Room room;
    private int shownStep = -1;
    private @Nullable SessionState shownState; // null before anything is shown
    private @Nullable Subscription subscription; // while attached
    private @Nullable PollAnswer poll; // while a poll step is shown

    // code, session, seat and myAnswers are set by beforeEnter, which Vaadin calls before showing the view (or forwards away)
    @SuppressWarnings("NullAway.Init")
    public RoomView(RoomService rooms) {
        this.rooms = rooms;
        addClassName("room-view");
        stage.addClassName("room-stage");
        results.addClassName("room-results");
        status.addClassName("room-status");
        // Read out when an answer is saved or the step changes, without moving focus.
        status.getElement().setAttribute("aria-live", "polite");
        add(stage, status, results);
    }

    static RouteParameters parameters(String code) {
        return new RouteParameters("code", code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        try {
            seat = rooms.seat(code);
            session = seat.session();
            code = session.code();
            steps = seat.steps();
            myAnswers = seat.myAnswers();
            ownStep = seat.ownStep();
            shownStep = -1;
            show(seat.room());
        } catch (Refusal notInIt) {
            // Not joined yet (or a mistyped link): the join page takes it from there, code filled in.
            event.forwardTo("workshop/join", QueryParameters.of("code", code));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        if (room != null && subscription == null) {
            subscription = rooms.follow(code, next -> ui.access(() -> show(next)));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Shows the room; the answer area is rebuilt only when the step changes, so half-typed words survive. */
    void show(Room next) {
        if (room != null && !room.selfPaced() && next.selfPaced()) {
            ownStep = next.currentStep();
        }
        Room previous = room;
        room = next;
        int step = stepOnScreen();
        boolean moved = previous != null && !previous.startsAt().equals(next.startsAt());
        if (step != shownStep || next.state() != shownState || moved) {
            shownStep = step;
            shownState = next.state();
            stage.removeAll();
            poll = null;
            switch (next.state()) {
                case SCHEDULED -> stage.add(new H2(getTranslation("workshop.room.waiting")),
                        new Paragraph(getTranslation("workshop.room.waiting.session", session.lessonTitle(),
                                SessionTimes.onScreen(next.startsAt(), next.timeZone()))),
                        new Paragraph(getTranslation("workshop.room.waiting.help")));
                case CANCELLED -> stage.add(new H2(getTranslation("workshop.room.cancelled")),
                        new Paragraph(getTranslation("workshop.room.cancelled.session", session.lessonTitle(),
                                SessionTimes.onScreen(next.startsAt(), next.timeZone()))),
                        new Anchor(CoursePaths.map(session.courseSlug()), getTranslation("workshop.room.ended.course")));
                case ENDED -> stage.add(new H2(getTranslation("workshop.room.ended")),
                        new Paragraph(getTranslation("workshop.room.ended.thanks", session.lessonTitle())),
                        new Anchor(CoursePaths.map(session.courseSlug()), getTranslation("workshop.room.ended.course")));
                case LIVE -> showStep(steps.get(step));
            }
            // Where the room is, while it is live; nothing once it is over or not yet begun.
            status.setText(next.state() == SessionState.LIVE
                    ? getTranslation("workshop.step.position", step + 1, steps.size()) : "");
            // The step panel shows the position already: here it is for screen readers only.
            status.getElement().getClassList().set("position-only", true);
        }
        showResults();
        if (next.state().over() && subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** The room is there once beforeEnter found the seat, before any step or button shows. */
    private Room room() {
        return Objects.requireNonNull(room, "no room shown yet");
    }

    int stepOnScreen() {
        return seat.stepOnScreen(room(), ownStep);
    }

    private void showStep(WorkshopStep step) {
        stage.add(new StepPanel(step, steps.size()));
        switch (step.kind()) {
            case POLL -> stage.add(pollAnswer(step));
            case WORDS -> stage.add(wordsAnswer(step));
            case READING -> { }
        }
        if (room().selfPaced()) {
            stage.add(ownPaceButtons(step));
        } else {
            Paragraph following = new Paragraph(getTranslation("workshop.room.following"));
            following.addClassName("room-following");
            stage.add(following);
        }
    }

    private PollAnswer pollAnswer(WorkshopStep step) {
        poll = new PollAnswer(step, myAnswers.choicesOn(step.index()), chosen -> answer(
                () -> rooms.choose(code, step.index(), chosen), mine -> mine.chose(step.index(), chosen)));
        return poll;
    }

    private Div wordsAnswer(WorkshopStep step) {
        TextArea words = new TextArea(getTranslation("workshop.room.your-words"));
        words.addClassName("room-words");
        words.setMaxLength(RoomService.MAX_WORDS);
        words.setHelperText(getTranslation("workshop.room.words.help", RoomService.MAX_WORDS));
        words.setValue(myAnswers.wordsOn(step.index()));
        Button send = new Button(getTranslation("workshop.room.send"), event -> {
            if (words.getValue().isBlank()) {
                words.setInvalid(true);
                words.setErrorMessage(getTranslation("workshop.words.length"));
                return;
            }
            words.setInvalid(false);
            String written = words.getValue().strip();
            answer(() -> rooms.write(code, step.index(), written), mine -> mine.wrote(step.index(), written));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div area = new Div(words, send);
        area.addClassName("room-words-area");
        return area;
    }

    /** Saves an answer; says so, or why not, in the status line read out to screen readers. */
    private boolean answer(Runnable save, UnaryOperator<MyAnswers> kept) {
        try {
            save.run();
            myAnswers = kept.apply(myAnswers);
            status.setText(getTranslation("workshop.room.saved"));
            status.getElement().getClassList().set("position-only", false);
            return true;
        } catch (Refusal problem) {
            status.setText(Refusals.message(problem));
            status.getElement().getClassList().set("position-only", false);
            return false;
        }
    }

    private Div ownPaceButtons(WorkshopStep step) {
        Button back = new Button(getTranslation("workshop.previous"), event -> moveOwn(step.index() - 1));
        Button next = new Button(getTranslation("workshop.next"), event -> moveOwn(step.index() + 1));
        back.setEnabled(step.index() > 0);
        next.setEnabled(step.index() < steps.size() - 1);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph note = new Paragraph(getTranslation("workshop.room.own-pace"));
        Div buttons = new Div(back, next, note);
        buttons.addClassName("room-own-pace");
        return buttons;
    }

    void moveOwn(int step) {
        try {
            rooms.moveTo(code, step);
            ownStep = step;
            show(room());
        } catch (Refusal problem) {
            status.setText(Refusals.message(problem));
            status.getElement().getClassList().set("position-only", false);
        }
    }

    private void showResults() {
        results.removeAll();
        Room room = room();
        if (room.state() != SessionState.LIVE) {
            return;
        }
        WorkshopStep step = steps.get(shownStep);
        PollResult result = room.revealed().get(step.index());
        if (result == null || !step.answerable()) {
            return;
        }
        results.add(new H2(getTranslation("workshop.room.results")));
        if (poll != null) {
            poll.lock();
        }
        if (step.kind() == WorkshopStep.Kind.POLL) {
            results.add(new PollBars(step, result, true));
        } else {
            results.add(new WordCloud(result.visibleTexts()), new WrittenList(result.visibleTexts(), null));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.room.title");
    }
}
