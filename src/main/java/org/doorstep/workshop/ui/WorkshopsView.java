package org.doorstep.workshop.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.doorstep.base.Formats;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Refusals;
import org.doorstep.course.CourseService;
import org.doorstep.course.Lesson;
import org.jspecify.annotations.Nullable;
import org.doorstep.security.CohortDirectory;
import org.doorstep.security.PersonalTime;
import org.doorstep.workshop.SessionRef;
import org.doorstep.workshop.WorkshopService;

/**
 * The trainer's workshops: their cohorts (with a new one in a step), scheduling a session (in a time zone, for a
 * length of time), and every session, a planned one with Move and Cancel.
 */
@Route("workshop")
@Menu(order = 3.5, icon = "vaadin:presentation", title = "nav.workshops")
@RolesAllowed(Roles.TRAINER)
public class WorkshopsView extends VerticalLayout implements HasDynamicTitle {

    final UnorderedList cohortList = new UnorderedList();
    final TextField cohortName = new TextField();
    final Button createCohort = new Button();
    final Select<CohortDirectory.TrainerCohort> cohort = new Select<>();
    final Select<Lesson> lesson = new Select<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final ComboBox<String> timeZone = new ComboBox<>();
    final IntegerField duration = new IntegerField();
    final Button schedule = new Button();
    final Grid<SessionRef> sessions = new Grid<>();
    private final WorkshopService workshops;
    private final CohortDirectory cohorts;
    private final Formats formats;

    public WorkshopsView(WorkshopService workshops, CohortDirectory cohorts, CourseService course, Clock clock,
            PersonalTime time) {
        this.workshops = workshops;
        this.formats = time.formats();
        this.cohorts = cohorts;
        addClassName("workshops-view");
        add(new H2(getTranslation("nav.workshops")), new Paragraph(getTranslation("workshops.intro")));

        cohortName.setLabel(getTranslation("workshops.cohort.name"));
        cohortName.setHelperText(getTranslation("workshops.cohort.name.help"));
        cohortName.setMaxLength(CohortDirectory.MAX_COHORT_NAME);
        createCohort.setText(getTranslation("workshops.cohort.create"));
        createCohort.addClickListener(event -> createCohort());
        Div newCohort = new Div(cohortName, createCohort);
        newCohort.addClassName("workshops-form");
        add(new H3(getTranslation("workshops.cohorts")), cohortList, newCohort);

        cohort.setLabel(getTranslation("workshops.schedule.cohort"));
        cohort.setItemLabelGenerator(CohortDirectory.TrainerCohort::name);
        lesson.setId("schedule-lesson");
        lesson.setLabel(getTranslation("workshops.schedule.lesson"));
        lesson.setItemLabelGenerator(Lesson::title);
        // The lessons come from the course the chosen cohort takes; the shipped course's until one is chosen.
        lesson.setItems(course.lessons(CourseService.COURSE));
        cohort.addValueChangeListener(change -> lessonsOf(change.getValue()));
        lesson.setWidth("24rem");
        // A session is planned in the trainer's own zone unless they choose another.
        String defaultZone = formats.zone().getId();
        startsAt.setLabel(getTranslation("workshops.schedule.starts"));
        startsAt.setValue(LocalDateTime.now(clock.withZone(formats.zone())).plusHours(1).truncatedTo(ChronoUnit.HOURS));
        startsAt.setStep(Duration.ofMinutes(15));
        SessionFields.zone(timeZone, workshops.timeZones(), defaultZone);
        duration.setLabel(getTranslation("workshops.schedule.duration"));
        duration.setHelperText(getTranslation("workshops.schedule.duration.help", WorkshopService.MIN_MINUTES,
                WorkshopService.MAX_MINUTES));
        duration.setMin(WorkshopService.MIN_MINUTES);
        duration.setMax(WorkshopService.MAX_MINUTES);
        duration.setStep(5);
        duration.setStepButtonsVisible(true);
        duration.setValue(WorkshopService.DEFAULT_MINUTES);
        schedule.setText(getTranslation("workshops.schedule.button"));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(event -> schedule());
        Div form = new Div(cohort, lesson, startsAt, timeZone, duration, schedule);
        form.addClassName("workshops-form");
        add(new H3(getTranslation("workshops.schedule")), form);

        configureGrid();
        add(new H3(getTranslation("workshops.sessions")), sessions);
        showCohorts();
        showSessions();
    }

    private void configureGrid() {
        sessions.addColumn(SessionRef::startsAtText).setHeader(getTranslation("workshops.column.starts")).setKey("starts");
        sessions.addColumn(session -> getTranslation("workshops.minutes", session.durationMinutes()))
                .setHeader(getTranslation("workshops.column.duration"));
        sessions.addColumn(SessionRef::lessonTitle).setHeader(getTranslation("workshops.column.lesson")).setFlexGrow(2);
        sessions.addColumn(SessionRef::cohortName).setHeader(getTranslation("workshops.column.cohort"));
        sessions.addColumn(SessionRef::code).setHeader(getTranslation("workshops.column.code"));
        sessions.addColumn(session -> getTranslation("workshop.state." + session.state().name().toLowerCase()))
                .setHeader(getTranslation("workshops.column.state")).setKey("state");
        sessions.addColumn(SessionRef::attendees).setHeader(getTranslation("workshops.column.joined"));
        sessions.addComponentColumn(session -> new SessionActions(session, () -> move(session), () -> confirmCancel(session)))
                .setHeader(getTranslation("workshops.column.open")).setKey("actions");
        sessions.getColumns().forEach(column -> column.setAutoWidth(true));
        sessions.setPageSize(20);
        sessions.setHeight("24rem");
        sessions.setEmptyStateText(getTranslation("workshops.sessions.none"));
    }

    private void showCohorts() {
        List<CohortDirectory.TrainerCohort> mine = cohorts.cohortsIRun();
        cohortList.removeAll();
        mine.forEach(c -> {
            Button newCode = new Button(getTranslation("workshops.cohort.new-code"), click -> newCode(c));
            newCode.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            newCode.addClassName("new-join-code");
            cohortList.add(new ListItem(new Span(getTranslation("workshops.cohort.item", c.name(), c.joinCode(), c.members())),
                    new Span(" " + getTranslation("workshops.cohort.code-expires",
                            formats.day(c.codeExpiresAt())) + " "), newCode));
        });
        if (mine.isEmpty()) {
            cohortList.add(new ListItem(getTranslation("workshops.cohort.none")));
        }
        CohortDirectory.TrainerCohort chosen = cohort.getValue();
        cohort.setItems(mine);
        mine.stream().filter(c -> chosen != null && c.id() == chosen.id()).findFirst()
                .or(() -> mine.stream().findFirst()).ifPresent(cohort::setValue);
    }

    /** The chosen cohort's course's lessons, keeping the lesson chosen when that course has it too. */
    private void lessonsOf(CohortDirectory.@Nullable TrainerCohort chosen) {
        if (chosen == null) {
            return;
        }
        String before = lesson.getValue() == null ? null : lesson.getValue().slug();
        List<Lesson> lessons = workshops.lessons(chosen.id());
        lesson.setItems(lessons);
        lessons.stream().filter(l -> l.slug().equals(before)).findFirst().ifPresent(lesson::setValue);
    }

    /** A fresh join code for the cohort; the old one stops working at once (people already in stay in). */
    void newCode(CohortDirectory.TrainerCohort cohort) {
        CohortDirectory.TrainerCohort renewed = cohorts.newJoinCode(cohort.id());
        Notification.show(getTranslation("workshops.cohort.new-code.done", renewed.name(), renewed.joinCode()), 5000,
                Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        showCohorts();
    }

    private void showSessions() {
        sessions.setItems(query -> workshops.mySessions(query.getOffset(), query.getLimit()).stream(),
                query -> workshops.countMySessions());
    }

    void createCohort() {
        try {
            cohorts.createCohort(cohortName.getValue());
            cohortName.clear();
            cohortName.setInvalid(false);
            showCohorts();
        } catch (Refusal invalid) {
            cohortName.setInvalid(true);
            cohortName.setErrorMessage(Refusals.message(invalid));
        }
    }

    void schedule() {
        if (cohort.getValue() == null || lesson.getValue() == null || startsAt.getValue() == null
                || timeZone.getValue() == null || duration.getValue() == null || duration.isInvalid()) {
            schedule.setTooltipText(getTranslation("workshops.schedule.incomplete"));
            cohort.setInvalid(cohort.getValue() == null);
            lesson.setInvalid(lesson.getValue() == null);
            startsAt.setInvalid(startsAt.getValue() == null);
            SessionFields.problem(timeZone, timeZone.getValue() == null ? "workshop.zone.unknown" : null);
            SessionFields.problem(duration, duration.getValue() == null || duration.isInvalid()
                    ? "workshop.duration.range" : null);
            return;
        }
        try {
            SessionRef scheduled = workshops.schedule(cohort.getValue().id(), lesson.getValue().slug(),
                    startsAt.getValue(), timeZone.getValue(), duration.getValue());
            List.<HasValidation>of(cohort, lesson, startsAt, timeZone, duration).forEach(field -> field.setInvalid(false));
            showSessions();
            Notification.show(getTranslation("workshops.scheduled", scheduled.code(), scheduled.startsAtText()), 8000,
                    Notification.Position.BOTTOM_START);
        } catch (Refusal problem) {
            switch (problem.field()) {
                case "timeZone" -> SessionFields.problem(timeZone, problem.messageKey());
                case "duration" -> SessionFields.problem(duration, problem.messageKey());
                case "startsAt" -> SessionFields.problem(startsAt, problem.messageKey());
                default -> SessionFields.problem(lesson, problem.messageKey());
            }
        }
    }

    /** Opens the dialog that gives a planned session a new start. */
    void move(SessionRef session) {
        new MoveSessionDialog(workshops, session, moved -> {
            showSessions();
            Notification.show(getTranslation("workshops.moved", moved.lessonTitle(), moved.startsAtText()), 8000,
                    Notification.Position.BOTTOM_START);
        }).open();
    }

    /** Asks first: a cancellation reaches everyone's calendar and cannot be undone. */
    void confirmCancel(SessionRef session) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("workshops.cancel.title"),
                getTranslation("workshops.cancel.text", session.lessonTitle(), session.startsAtText(), session.code()),
                getTranslation("workshops.cancel.confirm"), event -> cancel(session));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("workshops.cancel.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void cancel(SessionRef session) {
        try {
            workshops.cancel(session.code());
            Notification.show(getTranslation("workshops.cancelled", session.lessonTitle(), session.startsAtText()), 8000,
                    Notification.Position.BOTTOM_START);
        } catch (Refusal problem) {
            Notification.show(Refusals.message(problem), 8000, Notification.Position.MIDDLE);
        }
        showSessions();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workshops");
    }
}
