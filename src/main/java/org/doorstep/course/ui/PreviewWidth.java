package org.doorstep.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The author's preview at desktop width or in a phone-wide (390 px) frame. The frame is a size container, so the
 * player's narrow-screen rules (written as container queries too) apply inside it as on a real phone.
 */
@StyleSheet("assets/styles/lesson-form.css")
class PreviewWidth extends Div {

    static final String DESKTOP = "desktop";
    static final String PHONE = "phone";

    final RadioButtonGroup<String> width = new RadioButtonGroup<>();
    final Div frame = new Div();

    PreviewWidth(Component player) {
        addClassName("preview-width");
        width.setLabel(getTranslation("authoring.preview.width"));
        width.setItems(DESKTOP, PHONE);
        width.setItemLabelGenerator(value -> getTranslation("authoring.preview.width." + value));
        width.setValue(DESKTOP);
        width.addValueChangeListener(change -> frame.setClassName("preview-phone", PHONE.equals(change.getValue())));
        frame.addClassName("preview-frame");
        frame.add(player);
        add(width, frame);
    }
}
