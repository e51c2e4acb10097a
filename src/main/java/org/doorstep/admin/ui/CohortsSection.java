package org.doorstep.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.doorstep.admin.UserDetail;

/** The cohorts the account is a trainee in and trains, to read; trainers are assigned on the cohorts tab. */
class CohortsSection extends Div {

    CohortsSection(UserDetail user) {
        addClassName("admin-section");
        Paragraph help = new Paragraph(getTranslation("admin.user.cohorts.help"));
        help.addClassName("field-help");
        add(new H3(getTranslation("admin.user.cohorts.title")),
                new Paragraph(getTranslation("admin.user.cohorts.member", list(user.cohorts()))),
                new Paragraph(getTranslation("admin.user.cohorts.runs", list(user.cohortsRun()))), help);
    }

    private String list(List<String> names) {
        return names.isEmpty() ? getTranslation("admin.user.cohorts.none") : String.join(", ", names);
    }
}
