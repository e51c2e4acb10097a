package org.doorstep.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the schedule form and the move dialog share: the time-zone field, and errors shown on a field. */
final class SessionFields {

    private SessionFields() {
    }

    /** A zone chosen by typing part of its name ("lon" finds Europe/London), as long lists want. */
    static void zone(ComboBox<String> field, List<String> zones, String value) {
        field.setLabel(field.getTranslation("workshops.schedule.zone"));
        field.setHelperText(field.getTranslation("workshops.schedule.zone.help"));
        field.setItems(zones);
        field.setValue(value);
        field.setAllowCustomValue(false);
        field.setRequired(true);
        field.setWidth("16rem");
    }

    /** Marks the field with the problem's message, or clears it when there is none. */
    static <F extends Component & HasValidation> void problem(F field, @Nullable String messageKey) {
        field.setInvalid(messageKey != null);
        field.setErrorMessage(messageKey == null ? null : field.getTranslation(messageKey));
    }
}
