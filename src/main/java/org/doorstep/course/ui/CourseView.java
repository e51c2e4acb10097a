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
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.List;
import java.util.NoSuchElementException;
import org.doorstep.course.CoursePaths;
import org.doorstep.course.MyCourse;
import org.springframework.security.access.AccessDeniedException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.doorstep.base.Roles;
import org.doorstep.course.CourseMap;
import org.doorstep.course.CourseService;
import org.doorstep.course.LessonStatus;

/**
 * A course map: every lesson with the trainee's state, and a button to resume. "course" shows the first of the
 * person's courses (the shipped one when they take it), "courses/{course}" another; someone with more than one
 * course may switch between them at the top. A course none of their cohorts takes is not found.
 */
@Route("course")
@RouteAlias("courses/:course")
@Menu(order = 1, icon = "vaadin:academy-cap", title = "nav.course")
@RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
public class CourseView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CourseService course;
    private String courseSlug = CourseService.COURSE;

    public CourseView(CourseService course) {
        this.course = course;
        addClassName("course-map");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MyCourse> mine = course.myCourses();
        courseSlug = event.getRouteParameters().get("course")
                .orElse(mine.isEmpty() ? CourseService.COURSE : mine.getFirst().slug());
        CourseMap map;
        try {
            map = course.map(courseSlug);
        } catch (NoSuchElementException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        if (mine.size() > 1) {
            add(switcher(mine));
        }
        show(map);
    }

    /** Links to each of the person's courses, the one shown marked as current. */
    private Nav switcher(List<MyCourse> mine) {
        Nav nav = new Nav();
        nav.addClassName("course-switcher");
        nav.getElement().setAttribute("aria-label", getTranslation("course.switcher"));
        for (MyCourse other : mine) {
            Anchor link = new Anchor(CoursePaths.map(other.slug()), other.title());
            link.addClassName("course-switch");
            if (other.slug().equals(courseSlug)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        return nav;
    }

    private void show(CourseMap map) {
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
        getUI().ifPresent(ui -> ui.navigate(CoursePaths.lesson(courseSlug, lesson)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.course");
    }
}
