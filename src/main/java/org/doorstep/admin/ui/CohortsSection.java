package org.doorstep.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.doorstep.admin.UserDetail;

/**
 * The cohorts the account is a trainee in and trains, to read; trainers are assigned on the cohorts tab. Each names
 * its course once the catalogue holds more than one.
 */
class CohortsSection extends Div {

    private final Map<String, String> courseTitles;

    /** courseTitles: every course's title by slug. */
    CohortsSection(UserDetail user, Map<String, String> courseTitles) {
        this.courseTitles = courseTitles;
        addClassName("admin-section");
        Paragraph help = new Paragraph(getTranslation("admin.user.cohorts.help"));
        help.addClassName("field-help");
        add(new H3(getTranslation("admin.user.cohorts.title")),
                new Paragraph(getTranslation("admin.user.cohorts.member", list(user.cohorts()))),
                new Paragraph(getTranslation("admin.user.cohorts.runs", list(user.cohortsRun()))), help);
    }

    private String list(List<UserDetail.Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return getTranslation("admin.user.cohorts.none");
        }
        return String.join(", ", cohorts.stream().map(cohort -> courseTitles.size() < 2 ? cohort.name()
                : getTranslation("admin.user.cohorts.with-course", cohort.name(),
                        courseTitles.getOrDefault(cohort.courseSlug(), cohort.courseSlug()))).toList());
    }
}
