package org.doorstep.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.doorstep.base.Formats;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Criterion;
import org.doorstep.exercise.Decision;
import org.jspecify.annotations.Nullable;

/**
 * The triage on a phone: one person at a time, the four criteria as large toggles and the decisions in a bar
 * that stays at the foot of the screen. Tap or swipe to move; nothing is wider than the screen.
 */
class PersonCard extends Div {

    interface Actions {
        void criterion(Criterion criterion, boolean met);

        void decide(Decision decision);

        void move(boolean forward);
    }

    private final H3 name = new H3();
    private final Paragraph work = new Paragraph();
    private final Div profile = new Div();
    private final Map<Criterion, Button> criteria = new EnumMap<>(Criterion.class);
    private final Map<Criterion, Span> states = new EnumMap<>(Criterion.class);
    private final Paragraph suggestion = new Paragraph();
    private final Paragraph messaged = new Paragraph();
    final Paragraph reason = new Paragraph();
    final EvidenceList evidence;
    private final EvidenceWords words;
    final Map<Decision, Button> decisions = new EnumMap<>(Decision.class);
    final Span position = new Span();
    final Span saved = new Span();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Paragraph nobody = new Paragraph();
    private final Div person = new Div();
    private @Nullable ConnectionRow shown;
    private final Formats formats;

    PersonCard(Actions actions, Formats formats) {
        this.formats = formats;
        this.evidence = new EvidenceList(formats, false);
        this.words = new EvidenceWords(this, formats);
        addClassName("person-card");
        previous.setAriaLabel(getTranslation("exercise.card.previous"));
        previous.addClassName("card-previous");
        previous.addClickListener(click -> actions.move(false));
        next.setAriaLabel(getTranslation("exercise.card.next"));
        next.addClassName("card-next");
        next.addClickListener(click -> actions.move(true));
        position.addClassName("card-position");
        Div navigation = new Div(previous, position, next);
        navigation.addClassName("card-navigation");

        name.addClassName("card-name");
        work.addClassName("card-work");
        Div toggles = new Div();
        toggles.addClassName("card-criteria");
        toggles.getElement().setAttribute("role", "group");
        toggles.getElement().setAttribute("aria-label", getTranslation("exercise.criteria"));
        for (Criterion criterion : Criterion.values()) {
            Button toggle = new Button(getTranslation("exercise.card." + key(criterion)));
            toggle.addClassName("card-criterion");
            toggle.addClickListener(click -> actions.criterion(criterion,
                    !Objects.requireNonNull(shown, "the toggles are enabled only with someone shown").meets(criterion)));
            // aria-pressed tells screen readers; the word is for the eye, so it is hidden from them.
            Span state = new Span();
            state.addClassName("card-criterion-state");
            state.getElement().setAttribute("aria-hidden", "true");
            toggle.setSuffixComponent(state);
            states.put(criterion, state);
            criteria.put(criterion, toggle);
            toggles.add(toggle);
        }
        messaged.addClassName("card-messaged");
        suggestion.addClassName("suggestion");
        person.addClassName("card-person");
        reason.addClassName("card-reason");
        // Closed at first: the reason says the gist in one line, and the toggles stay in sight on a phone.
        Details evidenceBox = new Details(getTranslation("exercise.evidence.title"), evidence);
        evidenceBox.addClassName("card-evidence");
        person.add(name, work, reason, profile, evidenceBox, toggles, messaged, suggestion);

        nobody.setText(getTranslation("exercise.filter.nobody"));
        nobody.addClassName("card-nobody");

        Div bar = new Div();
        bar.addClassName("card-decisions");
        saved.addClassName("saved-indicator");
        saved.getElement().setAttribute("aria-live", "polite");
        Div buttons = new Div();
        buttons.addClassName("card-decision-buttons");
        for (Decision decision : Decision.values()) {
            Button button = new Button(getTranslation(DecisionButtons.labelKey(decision)), click -> actions.decide(decision));
            button.addClassName("card-decide-" + key(decision).replace('_', '-'));
            decisions.put(decision, button);
            buttons.add(button);
        }
        bar.add(saved, buttons);
        add(navigation, person, nobody, bar);
        listenToSwipes(actions);
        show(null, 0, 0, 0);
    }

    /** Shows the person (null: nobody matches the filters) as number {@code index + 1} of {@code listed}. */
    void show(@Nullable ConnectionRow row, int index, int listed, int reviewed) {
        shown = row;
        person.setVisible(row != null);
        nobody.setVisible(row == null);
        for (Button button : decisions.values()) {
            button.setEnabled(row != null);
        }
        previous.setEnabled(row != null && index > 0);
        next.setEnabled(row != null && index + 1 < listed);
        position.setText(row == null ? "" : getTranslation("exercise.card.position", index + 1, listed, reviewed));
        if (row == null) {
            return;
        }
        name.setText(row.name().isEmpty() ? getTranslation("exercise.no-name") : row.name());
        work.setText(String.join(" · ", Stream.of(row.position(), row.company(), row.connectedOn() == null ? null
                        : getTranslation("exercise.connected-on", formats.day(row.connectedOn())))
                .filter(part -> part != null && !part.isBlank()).toList()));
        profile.removeAll();
        if (row.profileUrl() != null) {
            Anchor link = new Anchor(row.profileUrl(), getTranslation("exercise.profile"), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            profile.add(link);
        }
        reason.setText(words.reason(row));
        reason.setVisible(!reason.getText().isEmpty());
        evidence.show(row);
        criteria.forEach((criterion, toggle) -> {
            boolean met = row.meets(criterion);
            // The icon's shape and the word say it, not only the colour.
            toggle.setIcon((met ? VaadinIcon.CHECK_SQUARE : VaadinIcon.THIN_SQUARE).create());
            toggle.getElement().setAttribute("aria-pressed", String.valueOf(met));
            Objects.requireNonNull(states.get(criterion)).setText(getTranslation(met ? "exercise.card.yes" : "exercise.card.no"));
        });
        messaged.setText(row.spokenSuggested() ? getTranslation("exercise.messaged") : "");
        messaged.setVisible(row.spokenSuggested());
        suggestion.setText(getTranslation("exercise.suggestion." + row.suggestion().name().toLowerCase(Locale.ROOT)));
        DecisionButtons.markChosen(decisions, row.decision());
    }

    @Nullable ConnectionRow shown() {
        return shown;
    }

    boolean meets(Criterion criterion) {
        return "true".equals(Objects.requireNonNull(criteria.get(criterion)).getElement().getAttribute("aria-pressed"));
    }

    Button toggle(Criterion criterion) {
        return Objects.requireNonNull(criteria.get(criterion), "a toggle for every criterion");
    }

    void confirm(String message) {
        saved.setText(message);
    }

    /** A horizontal swipe over the card moves to the next (leftwards) or previous person; taps are left alone. */
    private void listenToSwipes(Actions actions) {
        getElement().addEventListener("person-swipe", event -> actions.move(event.getEventData().get("event.detail").asBoolean()))
                .addEventData("event.detail");
        addAttachListener(attach -> getElement().executeJs("""
                if (this.swipeListening) return;
                this.swipeListening = true;
                let start = null;
                this.addEventListener('touchstart', e => { start = e.touches.length === 1 ? e.touches[0] : null; }, {passive: true});
                this.addEventListener('touchend', e => {
                    if (!start) return;
                    const dx = e.changedTouches[0].clientX - start.clientX, dy = e.changedTouches[0].clientY - start.clientY;
                    start = null;
                    if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) {
                        this.dispatchEvent(new CustomEvent('person-swipe', {detail: dx < 0}));
                    }
                });"""));
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
