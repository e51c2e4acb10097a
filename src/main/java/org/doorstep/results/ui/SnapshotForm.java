package org.doorstep.results.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.doorstep.results.Snapshot;
import org.jspecify.annotations.Nullable;

/** Entering or editing one dated set of figures, with where to find each on LinkedIn. */
class SnapshotForm extends Div {

    final DatePicker takenOn = new DatePicker();
    final Checkbox baseline = new Checkbox();
    final IntegerField profileViews = number("results.field.profile-views");
    final IntegerField searchAppearances = number("results.field.search-appearances");
    final IntegerField postImpressions = number("results.field.post-impressions");
    final IntegerField followers = number("results.field.followers");
    final IntegerField connections = number("results.field.connections");
    final IntegerField ssiBrand = pillar("results.field.ssi-brand");
    final IntegerField ssiPeople = pillar("results.field.ssi-people");
    final IntegerField ssiInsights = pillar("results.field.ssi-insights");
    final IntegerField ssiRelationships = pillar("results.field.ssi-relationships");
    final Button save = new Button();
    final Button cancel = new Button();
    private @Nullable Long editing;

    SnapshotForm(Function<Snapshot, Boolean> onSave, LocalDate today) {
        addClassName("snapshot-form");
        takenOn.setLabel(getTranslation("results.field.date"));
        takenOn.setMax(today);
        takenOn.setValue(today);
        takenOn.setRequired(true);
        baseline.setLabel(getTranslation("results.field.baseline"));
        profileViews.setRequiredIndicatorVisible(true);
        Paragraph ssiHelp = new Paragraph(getTranslation("results.ssi.help"));
        ssiHelp.addClassName("field-help");
        FormLayout figures = new FormLayout(takenOn, baseline, profileViews, searchAppearances, postImpressions,
                followers, connections);
        FormLayout ssi = new FormLayout(ssiBrand, ssiPeople, ssiInsights, ssiRelationships);
        for (FormLayout layout : List.of(figures, ssi)) {
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                    new FormLayout.ResponsiveStep("52em", 4));
        }
        save.setText(getTranslation("results.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            clearErrors();
            if (onSave.apply(snapshot())) {
                clear(today);
            }
        });
        cancel.setText(getTranslation("results.cancel-edit"));
        cancel.setVisible(false);
        cancel.addClickListener(click -> clear(today));
        Div actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        add(figures, ssiHelp, ssi, actions);
    }

    private IntegerField number(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setHelperText(getTranslation(key + ".help"));
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("results.error.whole-number"))
                .setMinErrorMessage(getTranslation("results.error.negative")));
        return field;
    }

    private IntegerField pillar(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setMax(25);
        field.setStepButtonsVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("results.error.whole-number"))
                .setMinErrorMessage(getTranslation("results.error.ssi-range"))
                .setMaxErrorMessage(getTranslation("results.error.ssi-range")));
        return field;
    }

    Snapshot snapshot() {
        return new Snapshot(editing, takenOn.getValue(), baseline.getValue(), profileViews.getValue(),
                searchAppearances.getValue(),
                postImpressions.getValue(), followers.getValue(), connections.getValue(), ssiBrand.getValue(),
                ssiPeople.getValue(), ssiInsights.getValue(), ssiRelationships.getValue());
    }

    void edit(Snapshot s) {
        editing = s.id();
        takenOn.setValue(s.takenOn());
        baseline.setValue(s.baseline());
        profileViews.setValue(s.profileViews());
        searchAppearances.setValue(s.searchAppearances());
        postImpressions.setValue(s.postImpressions());
        followers.setValue(s.followers());
        connections.setValue(s.connectionCount());
        ssiBrand.setValue(s.ssiBrand());
        ssiPeople.setValue(s.ssiPeople());
        ssiInsights.setValue(s.ssiInsights());
        ssiRelationships.setValue(s.ssiRelationships());
        save.setText(getTranslation("results.save-changes"));
        cancel.setVisible(true);
        takenOn.focus();
    }

    /** Clears earlier error marks before a new attempt is checked. */
    void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(takenOn, profileViews, ssiBrand, ssiPeople, ssiInsights, ssiRelationships)) {
            field.setInvalid(false);
        }
    }

    void clear(LocalDate today) {
        editing = null;
        takenOn.setValue(today);
        for (IntegerField field : List.of(profileViews, searchAppearances, postImpressions, followers, connections,
                ssiBrand, ssiPeople, ssiInsights, ssiRelationships)) {
            field.clear();
            field.setInvalid(false);
        }
        save.setText(getTranslation("results.save"));
        cancel.setVisible(false);
    }

    /** Shows a refusal on the field it concerns. */
    void showError(String field, String message) {
        Map<String, HasValidation> fields = Map.of("takenOn", takenOn, "figures", profileViews, "ssi-brand", ssiBrand,
                "ssi-people", ssiPeople, "ssi-insights", ssiInsights, "ssi-relationships", ssiRelationships,
                "baseline", takenOn);
        HasValidation target = fields.getOrDefault(field, takenOn);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }
}
