package org.doorstep.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.doorstep.base.Roles;
import org.doorstep.course.CourseMap;
import org.doorstep.course.CourseService;
import org.doorstep.course.LessonStatus;

/** The course map: every lesson with the trainee's state, and a button to resume. */
@Route("course")
@Menu(order = 1, icon = "vaadin:academy-cap", title = "nav.course")
@RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
public class CourseView extends VerticalLayout implements HasDynamicTitle {

    public CourseView(CourseService course) {
        addClassName("course-map");
        CourseMap map = course.map();
        H2 heading = new H2(map.title());
        add(heading);
        // Arriving from the end of a long lesson, the map starts at its top.
        addAttachListener(attach -> heading.scrollIntoView());
        if (map.summary() != null) {
            add(new Paragraph(map.summary()));
        }
        String resumeLesson = map.resumeLesson();
        if (resumeLesson != null) {
            boolean fresh = map.lessons().stream().allMatch(card -> card.status() == LessonStatus.NOT_STARTED);
            String title = map.lessons().stream().filter(card -> card.slug().equals(resumeLesson))
                    .findFirst().map(CourseMap.Card::title).orElse("");
            Button resume = new Button(getTranslation(fresh ? "course.map.start" : "course.map.resume", title),
                    VaadinIcon.PLAY.create(), click -> open(resumeLesson));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resume.addClassName("resume");
            add(resume);
        } else {
            add(new Paragraph(getTranslation("course.map.all-done")));
        }
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-cards");
        map.lessons().forEach(card -> lessons.add(card(card)));
        add(lessons);
    }

    private ListItem card(CourseMap.Card card) {
        H3 title = new H3(card.title());
        Span status = new Span(getTranslation("course.status." + card.status().name().toLowerCase(Locale.ROOT),
                card.stepsDone(), card.stepsTotal()));
        status.addClassName("lesson-status");
        status.addClassName(card.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Span minutes = new Span(getTranslation("course.map.minutes", card.minutes()));
        minutes.addClassName("lesson-minutes");
        Div meta = new Div(status, minutes);
        meta.addClassName("lesson-meta");
        Button open = new Button(getTranslation("course.map.open." + card.status().name().toLowerCase(Locale.ROOT)),
                click -> open(card.slug()));
        open.setAriaLabel(getTranslation("course.map.open." + card.status().name().toLowerCase(Locale.ROOT))
                + ": " + card.title());
        ListItem item = new ListItem(title, meta, new Paragraph(card.summary()), open);
        item.addClassName("lesson-card");
        return item;
    }

    private void open(String lesson) {
        getUI().ifPresent(ui -> ui.navigate(LessonView.class, new RouteParameters("lesson", lesson)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.course");
    }
}
