package org.doorstep.exercise.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.doorstep.exercise.ConnectionEvidence;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;

/** The triage's filters and sort order; tells the view whenever the filter changes. */
class TriageFilters extends Div {

    final Checkbox undecidedOnly = new Checkbox();
    final Select<Decision> decision = new Select<>();
    final TextField name = new TextField();
    final TextField company = new TextField();
    final TextField position = new TextField();
    final Select<Integer> year = new Select<>();
    final Select<TriageOrder> order = new Select<>();
    final Paragraph orderHelp = new Paragraph();
    final Checkbox neverMessaged = new Checkbox();
    final Checkbox invitedWithoutNote = new Checkbox();
    final Checkbox burstWeek = new Checkbox();
    final Checkbox noCompanyOrPosition = new Checkbox();
    final DatePicker week = new DatePicker();

    TriageFilters(List<Integer> years, Locale locale, Consumer<ConnectionFilter> changed) {
        addClassName("triage-filters");
        undecidedOnly.setLabel(getTranslation("exercise.filter.undecided"));
        decision.setLabel(getTranslation("exercise.filter.decision"));
        decision.setItems(Arrays.asList(Decision.values()));
        decision.setEmptySelectionAllowed(true);
        decision.setEmptySelectionCaption(getTranslation("exercise.filter.any"));
        decision.setItemLabelGenerator(d -> d == null ? getTranslation("exercise.filter.any") : label(d));
        name.setLabel(getTranslation("exercise.filter.name"));
        company.setLabel(getTranslation("exercise.filter.company"));
        position.setLabel(getTranslation("exercise.filter.position"));
        for (TextField field : List.of(name, company, position)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        year.setLabel(getTranslation("exercise.filter.year"));
        year.setItems(years);
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("exercise.filter.any"));
        order.setLabel(getTranslation("exercise.filter.sort"));
        order.addClassName("order-select");
        order.setItems(TriageOrder.values());
        order.setItemLabelGenerator(choice -> getTranslation(choice.key()));
        order.setValue(TriageOrder.NEWEST);
        // Said where a person would wonder what "likely" rests on, and that nothing is decided for them.
        orderHelp.setText(getTranslation("exercise.sort.strangers.help"));
        orderHelp.addClassName("order-help");
        orderHelp.setVisible(false);
        add(undecidedOnly, decision, name, company, position, year, order, orderHelp, evidence(locale));
        undecidedOnly.addValueChangeListener(e -> changed.accept(filter()));
        decision.addValueChangeListener(e -> changed.accept(filter()));
        name.addValueChangeListener(e -> changed.accept(filter()));
        company.addValueChangeListener(e -> changed.accept(filter()));
        position.addValueChangeListener(e -> changed.accept(filter()));
        year.addValueChangeListener(e -> changed.accept(filter()));
        order.addValueChangeListener(e -> {
            orderHelp.setVisible(e.getValue() == TriageOrder.STRANGERS);
            changed.accept(filter());
        });
        for (Checkbox box : List.of(neverMessaged, invitedWithoutNote, burstWeek, noCompanyOrPosition)) {
            box.addValueChangeListener(e -> changed.accept(filter()));
        }
        week.addValueChangeListener(e -> {
            LocalDate monday = ConnectionEvidence.weekOf(e.getValue());
            if (monday != null && !monday.equals(e.getValue())) {
                week.setValue(monday); // shows the week's first day; this listener runs again with it
                return;
            }
            changed.accept(filter());
        });
    }

    /** The export's evidence as filters, in a group of their own under the others. */
    private Div evidence(Locale locale) {
        neverMessaged.setLabel(getTranslation("exercise.filter.never-messaged"));
        invitedWithoutNote.setLabel(getTranslation("exercise.filter.invited-without-note"));
        burstWeek.setLabel(getTranslation("exercise.filter.burst-week"));
        noCompanyOrPosition.setLabel(getTranslation("exercise.filter.no-company"));
        week.setLabel(getTranslation("exercise.filter.week"));
        week.setHelperText(getTranslation("exercise.filter.week.help"));
        week.setClearButtonVisible(true);
        week.setLocale(locale);
        week.addClassName("week-picker");
        Div group = new Div(neverMessaged, invitedWithoutNote, burstWeek, noCompanyOrPosition, week);
        group.addClassName("evidence-filters");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", getTranslation("exercise.filter.evidence"));
        return group;
    }

    ConnectionFilter filter() {
        TriageOrder chosen = order.getValue();
        return new ConnectionFilter(undecidedOnly.getValue(), decision.getValue(), company.getValue(),
                position.getValue(), year.getValue(), name.getValue(), chosen == TriageOrder.OLDEST,
                neverMessaged.getValue(), invitedWithoutNote.getValue(), burstWeek.getValue(), week.getValue(),
                noCompanyOrPosition.getValue(), chosen == TriageOrder.STRANGERS);
    }

    boolean strangersFirst() {
        return order.getValue() == TriageOrder.STRANGERS;
    }

    String label(Decision decision) {
        return getTranslation(DecisionButtons.labelKey(decision));
    }
}
