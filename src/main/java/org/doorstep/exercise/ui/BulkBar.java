package org.doorstep.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.doorstep.exercise.BulkAction;
import org.doorstep.exercise.BulkDecisionService;
import org.doorstep.exercise.BulkPreview;
import org.doorstep.exercise.BulkSelection;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;

/**
 * Deciding many at once: one decision for the ticked rows or for every connection the filters match (counted and
 * changed by the database, never loaded here), always after a confirmation that states the count; then an Undo,
 * in the notification and on the bar until the next bulk action (it is saved, so it survives a reload).
 */
class BulkBar extends Div {

    final Select<Decision> decision = new Select<>();
    final Button decideTicked = new Button();
    final Button decideAll = new Button();
    final Button clearTicks = new Button();
    final Button undo = new Button(VaadinIcon.ARROW_BACKWARD.create());
    /** The open confirmation and its override box, and the last result's notice, for tests to reach. */
    ConfirmDialog confirmation;
    Checkbox override;
    Notification notice;

    private final BulkDecisionService bulk;
    private final Supplier<ConnectionFilter> filter;
    private final Supplier<Set<Long>> ticked;
    private final IntSupplier matching;
    private final Runnable changed;

    /**
     * @param matching how many connections the current filter matches (the list's count)
     * @param changed  after a bulk action or its undo: the list, counts and ticks are to be refreshed
     */
    @SuppressWarnings("NullAway.Init") // confirmation, override and notice: set by the action that shows them, read after
    BulkBar(BulkDecisionService bulk, Supplier<ConnectionFilter> filter, Supplier<Set<Long>> ticked, IntSupplier matching,
            Runnable changed) {
        this.bulk = bulk;
        this.filter = filter;
        this.ticked = ticked;
        this.matching = matching;
        this.changed = changed;
        addClassName("bulk-bar");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("exercise.bulk.label"));
        decision.setAriaLabel(getTranslation("exercise.bulk.decision"));
        decision.setPlaceholder(getTranslation("exercise.bulk.choose"));
        decision.setItems(Arrays.asList(Decision.values()));
        decision.setItemLabelGenerator(this::label);
        decision.addValueChangeListener(change -> refresh());
        decideTicked.addClassName("bulk-ticked");
        decideTicked.addClickListener(click -> confirm(BulkSelection.ticked(ticked.get())));
        decideAll.addClassName("bulk-all");
        decideAll.addClickListener(click -> confirm(BulkSelection.matching(filter.get())));
        clearTicks.setText(getTranslation("exercise.bulk.clear"));
        clearTicks.addClassName("bulk-clear");
        clearTicks.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearTicks.addClickListener(click -> {
            ticked.get().clear();
            changed.run();
        });
        undo.addClassName("bulk-undo");
        undo.addClickListener(click -> undoLast());
        Paragraph help = new Paragraph(getTranslation("exercise.bulk.help"));
        help.addClassName("bulk-help");
        Div buttons = new Div(decision, decideAll, decideTicked, clearTicks, undo);
        buttons.addClassName("bulk-buttons");
        add(help, buttons);
        refresh();
    }

    /** The buttons' counts and states, after a filter, a tick or a bulk action changed them. */
    void refresh() {
        int listed = matching.getAsInt();
        int tickedCount = ticked.get().size();
        boolean chosen = decision.getValue() != null;
        decideAll.setText(getTranslation("exercise.bulk.all", listed));
        decideAll.setEnabled(chosen && listed > 0);
        decideTicked.setText(getTranslation("exercise.bulk.ticked", tickedCount));
        decideTicked.setEnabled(chosen && tickedCount > 0);
        clearTicks.setVisible(tickedCount > 0);
        bulk.undoable().ifPresentOrElse(last -> {
            undo.setText(getTranslation("exercise.bulk.undo-last", last.decided(), label(last.decision())));
            undo.setVisible(true);
        }, () -> undo.setVisible(false));
    }

    private void confirm(BulkSelection selection) {
        Decision chosen = decision.getValue();
        BulkPreview preview = bulk.preview(selection, chosen);
        String key = key(chosen);
        Paragraph matched = new Paragraph(getTranslation(selection.ids() == null ? "exercise.bulk.matching.filter"
                : "exercise.bulk.matching.ticked", preview.matching()));
        Div text = new Div(matched);
        override = new Checkbox(getTranslation("exercise.bulk.override", preview.decidedOneByOne()));
        override.addClassName("bulk-override");
        if (preview.decidedOneByOne() > 0) {
            Paragraph oneByOne = new Paragraph(getTranslation("exercise.bulk.one-by-one", preview.decidedOneByOne()));
            text.add(oneByOne, override);
        }
        text.add(new Paragraph(getTranslation("exercise.bulk.criteria-stay")));
        confirmation = new ConfirmDialog();
        confirmation.addClassName("bulk-confirmation");
        confirmation.setText(text);
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("authoring.cancel"));
        if (chosen == Decision.REMOVE) {
            confirmation.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                    + ButtonVariant.LUMO_PRIMARY.getVariantName());
        }
        Runnable counts = () -> {
            int toDecide = preview.toDecide(override.getValue());
            confirmation.setHeader(getTranslation("exercise.bulk.title." + key, toDecide));
            confirmation.setConfirmText(getTranslation("exercise.bulk.do." + key, toDecide));
        };
        counts.run();
        override.addValueChangeListener(change -> counts.run());
        ConfirmDialog shown = confirmation;
        Checkbox overrideShown = override;
        shown.addConfirmListener(event -> decide(selection, chosen, overrideShown.getValue()));
        shown.open();
    }

    private void decide(BulkSelection selection, Decision chosen, boolean overrideOneByOne) {
        BulkAction done = bulk.decide(selection, chosen, overrideOneByOne);
        ticked.get().clear();
        changed.run();
        String message = getTranslation("exercise.bulk.done", done.decided(), label(chosen));
        if (done.keptOneByOne() > 0) {
            message += " " + getTranslation("exercise.bulk.kept", done.keptOneByOne());
        }
        announce(message, true);
    }

    void undoLast() {
        int restored = bulk.undoLast();
        changed.run();
        announce(getTranslation("exercise.bulk.undone", restored), false);
    }

    /** A notice screen readers announce; after a bulk action it carries its own Undo. */
    private void announce(String message, boolean withUndo) {
        if (notice != null) {
            notice.close();
        }
        notice = new Notification();
        notice.addClassName("bulk-notice");
        notice.setDuration(10_000);
        notice.setPosition(Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        Span text = new Span(message);
        text.addClassName("bulk-notice-text");
        notice.add(text);
        if (withUndo) {
            Button undoNow = new Button(getTranslation("exercise.bulk.undo"), click -> undoLast());
            undoNow.addClassName("bulk-notice-undo");
            undoNow.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notice.add(undoNow);
        }
        notice.open();
    }

    private String label(Decision value) {
        return getTranslation(DecisionButtons.labelKey(value));
    }

    private static String key(Decision value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
