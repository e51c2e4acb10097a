package org.doorstep.exercise.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
    final Select<Boolean> oldestFirst = new Select<>();

    TriageFilters(List<Integer> years, Consumer<ConnectionFilter> changed) {
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
        oldestFirst.setLabel(getTranslation("exercise.filter.sort"));
        oldestFirst.setItems(false, true);
        oldestFirst.setItemLabelGenerator(old -> getTranslation(old ? "exercise.sort.oldest" : "exercise.sort.newest"));
        oldestFirst.setValue(false);
        add(undecidedOnly, decision, name, company, position, year, oldestFirst);
        undecidedOnly.addValueChangeListener(e -> changed.accept(filter()));
        decision.addValueChangeListener(e -> changed.accept(filter()));
        name.addValueChangeListener(e -> changed.accept(filter()));
        company.addValueChangeListener(e -> changed.accept(filter()));
        position.addValueChangeListener(e -> changed.accept(filter()));
        year.addValueChangeListener(e -> changed.accept(filter()));
        oldestFirst.addValueChangeListener(e -> changed.accept(filter()));
    }

    ConnectionFilter filter() {
        return new ConnectionFilter(undecidedOnly.getValue(), decision.getValue(), company.getValue(),
                position.getValue(), year.getValue(), name.getValue(), Boolean.TRUE.equals(oldestFirst.getValue()));
    }

    String label(Decision decision) {
        return getTranslation("exercise.decision." + decision.name().toLowerCase(Locale.ROOT));
    }
}
