package org.doorstep.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** Holds a stable URL for a capability a later release brings, and says what it will do. */
public abstract class PlaceholderView extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    protected PlaceholderView(String titleKey) {
        this.titleKey = titleKey;
        addClassName("placeholder-view");
        add(new H2(getTranslation(titleKey)));
        add(new Paragraph(getTranslation(titleKey + ".description")));
        Paragraph coming = new Paragraph(getTranslation("placeholder.coming"));
        coming.addClassName("coming-soon");
        add(coming);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
