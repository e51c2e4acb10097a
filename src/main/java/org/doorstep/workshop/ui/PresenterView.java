package org.doorstep.workshop.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.doorstep.base.PublicUrl;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.QrCode;
import org.doorstep.base.ui.Refusals;
import org.doorstep.workshop.Attendee;
import org.doorstep.workshop.PollResult;
import org.doorstep.workshop.Presentation;
import org.doorstep.workshop.RoomProgress;
import org.doorstep.workshop.SessionState;
import org.doorstep.workshop.Subscription;
import org.doorstep.workshop.WorkshopService;
import org.doorstep.workshop.WorkshopStep;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The trainer's screen for the projector: the current step big, the join code, the room's answers (counted
 * live, shown to the room only when revealed) and how many are in the room and on which step (names only in a
 * panel the trainer opens). Arrow keys and page keys (what
 * presentation clickers send) move the room. Closing the tab leaves the session running.
 */
@Route(value = "workshop/:code/present", autoLayout = false)
@RolesAllowed(Roles.TRAINER)
public class PresenterView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    // Refreshes the room's exercise counts, which change outside the session (trainees pruning on their own).
    static final int ROOM_REFRESH_MILLIS = 15_000;

    final Div stage = new Div();
    final Div answers = new Div();
    final Div room = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    final Button reveal = new Button();
    final Checkbox ownPace = new Checkbox();
    final Button end = new Button();
    final Span joinHint = new Span();
    final Span joinCode = new Span();
    final Div joinQr = new Div();
    /** The step and its answers, scaled down in the browser when a long step would not fit the screen. */
    private final Div main = new Div();
    final Button fullScreen = new Button();
    private final WorkshopService workshops;
    private String code;
    private final PublicUrl publicUrl;
    /** What the screen shows; null until a presentation was read. */
    private @Nullable Presentation shown;
    private @Nullable Subscription subscription; // while attached
    private @Nullable Registration pollRegistration; // while attached
    // The trainer's choice to see names survives the room's refreshes, never a new screen.
    private boolean namesOpen;

    @SuppressWarnings("NullAway.Init") // code is set by beforeEnter, which Vaadin calls before showing the view
    public PresenterView(WorkshopService workshops, PublicUrl publicUrl) {
        this.workshops = workshops;
        // The configured public address, not this request's: behind a load balancer the two differ.
        this.publicUrl = publicUrl;
        addClassName("presenter-view");
        previous.setId("presenter-previous");
        next.setId("presenter-next");
        previous.setText(getTranslation("workshop.previous"));
        next.setText(getTranslation("workshop.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previous.addClickListener(event -> move(-1));
        next.addClickListener(event -> move(+1));
        previous.addClickShortcut(Key.ARROW_LEFT);
        previous.addClickShortcut(Key.PAGE_UP);
        next.addClickShortcut(Key.ARROW_RIGHT);
        next.addClickShortcut(Key.PAGE_DOWN);
        previous.setTooltipText(getTranslation("workshop.previous.keys"));
        next.setTooltipText(getTranslation("workshop.next.keys"));
        reveal.addClickListener(event -> act(() -> workshops.reveal(code, shown().currentStep(), !revealedNow())));
        ownPace.setLabel(getTranslation("workshop.present.own-pace"));
        ownPace.setTooltipText(getTranslation("workshop.present.own-pace.help"));
        ownPace.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                act(() -> workshops.setSelfPaced(code, event.getValue()));
            }
        });
        end.setText(getTranslation("workshop.present.end"));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.addClickListener(event -> confirmEnd());
        RouterLink back = new RouterLink(getTranslation("workshop.present.back"), WorkshopsView.class);
        joinCode.addClassName("presenter-code");
        joinQr.addClassName("presenter-qr");
        Div joinText = new Div(joinHint, joinCode);
        joinText.addClassName("presenter-join-text");
        Div join = new Div(joinQr, joinText);
        join.addClassName("presenter-join");
        fullScreen.setText(getTranslation("workshop.present.full-screen"));
        fullScreen.setIcon(VaadinIcon.EXPAND_SQUARE.create());
        fullScreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // In the browser, on the click itself: full screen is only granted to a user's gesture, not to a round trip.
        fullScreen.getElement().executeJs("this.addEventListener('click', () => document.fullscreenElement"
                + " ? document.exitFullscreen() : document.documentElement.requestFullscreen && document.documentElement.requestFullscreen())");
        Div top = new Div(back, fullScreen, join);
        top.addClassName("presenter-top");
        stage.addClassName("presenter-stage");
        answers.addClassName("presenter-answers");
        room.addClassName("presenter-room");
        Div controls = new Div(previous, next, reveal, ownPace, end);
        controls.addClassName("presenter-controls");
        main.add(stage, answers);
        main.addClassName("presenter-main");
        // A step taller than the screen scrolls: the keyboard must reach it (WCAG 2.1.1), so it takes focus.
        main.getElement().setAttribute("tabindex", "0");
        main.getElement().setAttribute("role", "region");
        main.getElement().setAttribute("aria-label", getTranslation("workshop.present.step-label"));
        // A step too long for the screen first spreads into two columns (a wide screen has the room), then its type
        // shrinks (down to half); again when the window changes size.
        main.getElement().executeJs("""
                const box = this;
                box.fit = () => requestAnimationFrame(() => {
                  box.style.fontSize = '';
                  box.classList.remove('two-columns');
                  const overflows = () => box.scrollHeight > box.clientHeight + 1;
                  if (overflows() && box.clientWidth > 700) {
                    box.classList.add('two-columns');
                  }
                  for (let size = 95; overflows() && size >= 50; size -= 5) {
                    box.style.fontSize = size + '%';
                  }
                });
                window.addEventListener('resize', box.fit);""");
        Div body = new Div(main, room);
        body.addClassName("presenter-body");
        add(top, body, controls);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        try {
            render(workshops.present(code));
        } catch (Refusal unknown) {
            Notification.show(Refusals.message(unknown));
            event.forwardTo(WorkshopsView.class);
        } catch (AccessDeniedException notYours) {
            Notification.show(getTranslation("workshop.not-yours"));
            event.forwardTo(WorkshopsView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        if (shown == null || subscription != null) {
            return;
        }
        subscription = workshops.watch(code, pushed -> ui.access(() -> render(pushed)));
        ui.setPollInterval(ROOM_REFRESH_MILLIS);
        pollRegistration = ui.addPollListener(poll -> reload());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        event.getUI().setPollInterval(-1);
    }


    /** Reads the session again; a session no longer this trainer's (its cohort handed on) takes them back to their list. */
    void reload() {
        try {
            render(workshops.presentation(code));
        } catch (AccessDeniedException notYoursAnyMore) {
            Notification.show(getTranslation("workshop.not-yours"));
            getUI().ifPresent(ui -> ui.navigate(WorkshopsView.class));
        }
    }

    private void render(Presentation presentation) {
        shown = presentation;
        WorkshopStep step = presentation.step();
        joinHint.setText(getTranslation("workshop.present.join", publicUrl.base()));
        if (!presentation.session().code().equals(joinCode.getText())) {
            String link = publicUrl.link("/workshop/join?code=" + presentation.session().code());
            joinQr.removeAll();
            joinQr.add(new QrCode(link, getTranslation("workshop.present.qr", link)));
        }
        joinCode.setText(presentation.session().code());
        stage.removeAll();
        stage.add(new StepPanel(step, presentation.steps().size()));
        // The options until the answers show; then the bars name them.
        if (step.kind() == WorkshopStep.Kind.POLL && !presentation.revealed().contains(presentation.currentStep())) {
            UnorderedList options = new UnorderedList();
            options.addClassName("presenter-options");
            step.options().forEach(option -> options.add(new ListItem(option)));
            stage.add(options);
        }
        previous.setEnabled(presentation.currentStep() > 0);
        next.setEnabled(presentation.currentStep() < presentation.steps().size() - 1);
        ownPace.setValue(presentation.selfPaced());
        showAnswers(step, presentation.answers());
        showRoom(presentation.room());
        main.getElement().executeJs("this.fit && this.fit()");
    }

    /** The buttons that need it work only once the screen shows a presentation. */
    private Presentation shown() {
        return Objects.requireNonNull(shown, "no presentation shown yet");
    }

    private boolean revealedNow() {
        return shown().revealed().contains(shown().currentStep());
    }

    /** Before the reveal only how many answered (the projector is the room's too); after it, the answers. */
    private void showAnswers(WorkshopStep step, PollResult result) {
        answers.removeAll();
        reveal.setVisible(step.answerable());
        if (!step.answerable()) {
            return;
        }
        boolean revealed = revealedNow();
        reveal.setText(getTranslation(revealed ? "workshop.present.hide" : "workshop.present.reveal"));
        reveal.removeThemeVariants(ButtonVariant.LUMO_SUCCESS);
        if (!revealed) {
            reveal.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            answers.add(new Paragraph(getTranslation("workshop.present.answered-hidden", result.answered(),
                    shown().room().attendees().size())));
            return;
        }
        if (step.kind() == WorkshopStep.Kind.POLL) {
            answers.add(new PollBars(step, result, true));
        } else {
            answers.add(new WordCloud(result.visibleTexts()), new WrittenList(result.texts().stream()
                    .map(written -> written.hidden()
                            ? new PollResult.Written(written.id(), getTranslation("workshop.answer.hidden"), true) : written)
                    .toList(), written -> act(() -> workshops.hideAnswer(code, written.id(), !written.hidden()))));
        }
    }

    /**
     * The projector is the room's screen too: it counts people (in all, and on each step), never names them.
     * Names are in a panel only the trainer opens (closed again on every new session screen).
     */
    private void showRoom(RoomProgress progress) {
        room.removeAll();
        int people = progress.attendees().size();
        room.add(new H3(getTranslation("workshop.present.room", people)));
        if (people == 0) {
            // An empty room has no figures worth a line: it needs to know how to come in.
            room.add(new Paragraph(getTranslation("workshop.present.nobody")));
            return;
        }
        UnorderedList figures = new UnorderedList(
                new ListItem(getTranslation("workshop.present.imported", progress.imported(), people)),
                new ListItem(getTranslation("workshop.present.reviewed", progress.reviewed(), progress.connections())),
                new ListItem(getTranslation("workshop.present.to-remove", progress.markedToRemove())));
        figures.addClassName("presenter-figures");
        UnorderedList where = new UnorderedList();
        where.addClassName("presenter-where");
        progress.attendees().stream().collect(java.util.stream.Collectors.groupingBy(Attendee::step,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .forEach((step, count) -> where.add(new ListItem(
                        getTranslation("workshop.present.on-step", step + 1, count))));
        room.add(figures, where);
        Details details = new Details(getTranslation("workshop.present.show-names"));
        details.addClassName("presenter-names");
        details.setOpened(namesOpen);
        // The names reach the browser only while the panel is open: a closed one holds none to project.
        Runnable fill = () -> {
            details.removeAll();
            if (details.isOpened()) {
                UnorderedList names = new UnorderedList();
                names.addClassName("presenter-attendees");
                for (Attendee attendee : progress.attendees()) {
                    names.add(new ListItem(getTranslation("workshop.present.attendee", attendee.name(), attendee.step() + 1)));
                }
                details.add(names);
            }
        };
        fill.run();
        details.addOpenedChangeListener(change -> {
            namesOpen = change.isOpened();
            fill.run();
        });
        room.add(details);
    }

    private void move(int by) {
        act(() -> workshops.goTo(code, shown().currentStep() + by));
    }

    /** Saves the trainer's action; the pushed change then redraws this screen like every other. */
    private void act(Runnable action) {
        try {
            action.run();
            reload();
        } catch (Refusal problem) {
            stage.add(new Paragraph(Refusals.message(problem)));
        }
    }

    private void confirmEnd() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("workshop.present.end.title"),
                getTranslation("workshop.present.end.text"), getTranslation("workshop.present.end.confirm"), event -> {
                    workshops.end(code);
                    getUI().ifPresent(ui -> ui.navigate(SummaryView.class, RoomView.parameters(code)));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("workshop.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.present.title");
    }
}
