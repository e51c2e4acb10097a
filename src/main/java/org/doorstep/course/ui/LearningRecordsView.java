package org.doorstep.course.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.doorstep.base.ui.Refusals;
import org.doorstep.course.LearningRecordService;
import org.doorstep.course.LearningRecordService.Choice;
import org.doorstep.course.CourseChoice;
import org.doorstep.course.RecordScope;
import org.doorstep.security.PersonalTime;
import org.jspecify.annotations.Nullable;

/** Managers and admins download learning events as xAPI statements for their learning record store. */
@Route("learning-records")
@Menu(order = 6.5, icon = "vaadin:file-code", title = "nav.learning-records")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class LearningRecordsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Choice> team = new Select<>();
    final Select<Choice> cohort = new Select<>();
    final Select<CourseChoice> course = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Anchor download = new Anchor();
    final Paragraph problem = new Paragraph();
    private final LearningRecordService records;

    public LearningRecordsView(LearningRecordService records, PersonalTime time) {
        this.records = records;
        addClassName("records-view");
        team.setLabel(getTranslation("records.team"));
        // No team chosen means every team the person may see: theirs for a manager, all for an admin.
        team.setEmptySelectionAllowed(true);
        String everyTeam = getTranslation(SignedInUser.hasRole(Roles.ADMIN) ? "records.team.every" : "records.team.all");
        team.setEmptySelectionCaption(everyTeam);
        team.setPlaceholder(everyTeam);
        team.setItems(records.teams());
        team.setItemLabelGenerator(LearningRecordsView::name);
        cohort.setLabel(getTranslation("records.cohort"));
        cohort.setEmptySelectionAllowed(true);
        cohort.setEmptySelectionCaption(getTranslation("records.cohort.all"));
        cohort.setPlaceholder(getTranslation("records.cohort.all"));
        cohort.setItems(records.cohorts());
        cohort.setItemLabelGenerator(LearningRecordsView::name);
        course.setLabel(getTranslation("records.course"));
        course.setEmptySelectionAllowed(true);
        course.setEmptySelectionCaption(getTranslation("records.course.all"));
        course.setPlaceholder(getTranslation("records.course.all"));
        course.setItems(records.courses());
        course.setItemLabelGenerator(choice -> choice == null ? "" : choice.title());
        from.setLabel(getTranslation("records.from"));
        to.setLabel(getTranslation("records.to"));
        from.setHelperText(getTranslation("records.dates.help", time.zone().getId()));
        download.setText(getTranslation("records.download"));
        download.getElement().setAttribute("download", true);
        download.addClassName("records-download");
        problem.addClassName("records-problem");
        Div filters = new Div(team, cohort, course, from, to);
        filters.addClassName("records-filters");
        add(new H2(getTranslation("nav.learning-records")), new Paragraph(getTranslation("records.intro")), filters,
                download, problem);
        team.addValueChangeListener(event -> update());
        cohort.addValueChangeListener(event -> update());
        course.addValueChangeListener(event -> update());
        from.addValueChangeListener(event -> update());
        to.addValueChangeListener(event -> update());
        update();
    }

    /** The link always downloads what the filters say; crossed dates hide it and say why. */
    void update() {
        try {
            RecordScope scope = scope();
            int statements = records.count(scope);
            // An empty download of "[ ]" says nothing: the page says it instead.
            problem.setText(statements == 0 ? getTranslation("records.none") : getTranslation("records.count", statements));
            download.setVisible(statements > 0);
            download.setHref((DownloadHandler) event -> {
                event.setFileName("learning-records-xapi.json");
                event.setContentType("application/json");
                // Streamed as it is read: a large export never sits in memory.
                records.writeStatements(scope, event.getOutputStream());
            });
        } catch (Refusal crossed) {
            download.setVisible(false);
            problem.setText(Refusals.message(crossed));
        }
    }

    RecordScope scope() {
        return new RecordScope(id(team.getValue()), id(cohort.getValue()), from.getValue(), to.getValue(),
                course.getValue() == null ? null : course.getValue().slug());
    }

    /** The select asks for a label of the empty choice too (null); its caption stands for it. */
    private static String name(@Nullable Choice choice) {
        return choice == null ? "" : choice.name();
    }

    private static @Nullable Long id(@Nullable Choice choice) {
        return choice == null ? null : choice.id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.learning-records");
    }
}
