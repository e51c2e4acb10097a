package org.doorstep.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.doorstep.base.Formats;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Criterion;
import org.doorstep.exercise.Decision;
import org.jspecify.annotations.Nullable;

/** One connection: the four criteria, the suggested verdict, the decision and a note. */
class ConnectionDetail extends Div {

    interface Actions {
        void criterion(Criterion criterion, boolean met);

        void decide(Decision decision);

        void note(String note);
    }

    static final Map<Decision, String> KEYS = Map.of(Decision.KEEP, "K", Decision.WEAK_TIE, "W",
            Decision.REACH_OUT, "O", Decision.REMOVE, "R", Decision.LATER, "L");

    private final Actions actions;
    private final H3 name = new H3();
    private final Div profile = new Div();
    private final Paragraph facts = new Paragraph();
    final EvidenceList evidence;
    private final Map<Criterion, Checkbox> criteria = new EnumMap<>(Criterion.class);
    private final Paragraph suggestion = new Paragraph();
    private final Map<Decision, Button> decisions = new EnumMap<>(Decision.class);
    final TextArea note = new TextArea();
    final Span saved = new Span();
    private final Formats formats;
    private @Nullable ConnectionRow shown;

    ConnectionDetail(Actions actions, Formats formats) {
        this.actions = actions;
        this.formats = formats;
        this.evidence = new EvidenceList(formats, true);
        addClassName("connection-detail");
        Div criteriaBox = new Div();
        criteriaBox.addClassName("criteria");
        criteriaBox.getElement().setAttribute("role", "group");
        criteriaBox.getElement().setAttribute("aria-label", getTranslation("exercise.criteria"));
        for (Criterion criterion : Criterion.values()) {
            Checkbox box = new Checkbox(getTranslation("exercise.criterion." + key(criterion), criterion.ordinal() + 1));
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    actions.criterion(criterion, change.getValue());
                }
            });
            criteria.put(criterion, box);
            criteriaBox.add(box);
        }
        suggestion.addClassName("suggestion");
        Div decisionBox = new Div();
        decisionBox.addClassName("decisions");
        for (Decision decision : Decision.values()) {
            Button button = new Button(getTranslation(DecisionButtons.labelKey(decision)) + " (" + KEYS.get(decision) + ")",
                    click -> actions.decide(decision));
            button.addClassName("decide-" + key(decision).replace('_', '-'));
            decisions.put(decision, button);
            decisionBox.add(button);
        }
        note.setLabel(getTranslation("exercise.note"));
        note.setWidthFull();
        note.setMaxLength(1000);
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.setValueChangeTimeout(700);
        note.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                actions.note(change.getValue());
            }
        });
        saved.addClassName("saved-indicator");
        saved.getElement().setAttribute("aria-live", "polite");
        add(name, profile, facts, evidence, criteriaBox, suggestion, decisionBox, saved, note);
        show(null);
    }

    void show(@Nullable ConnectionRow row) {
        shown = row;
        setVisible(row != null);
        if (row == null) {
            return;
        }
        name.setText(row.name().isEmpty() ? getTranslation("exercise.no-name") : row.name());
        profile.removeAll();
        if (row.profileUrl() != null) {
            Anchor link = new Anchor(row.profileUrl(), getTranslation("exercise.profile"), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            profile.add(link);
        }
        facts.setText(String.join(" · ", java.util.stream.Stream.of(row.position(), row.company(),
                row.connectedOn() == null ? null : getTranslation("exercise.connected-on",
                        formats.day(row.connectedOn())))
                .filter(part -> part != null && !part.isBlank()).toList()));
        evidence.show(row);
        criteria.forEach((criterion, box) -> box.setValue(row.meets(criterion)));
        Objects.requireNonNull(criteria.get(Criterion.SPOKEN)).setHelperText(row.spokenSuggested() ? getTranslation("exercise.messaged") : null);
        suggestion.setText(getTranslation("exercise.suggestion." + row.suggestion().name().toLowerCase(Locale.ROOT)));
        DecisionButtons.markChosen(decisions, row.decision());
        note.setValue(row.note() == null ? "" : row.note());
    }

    @Nullable ConnectionRow shown() {
        return shown;
    }

    void confirm(String message) {
        saved.setText(message);
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
