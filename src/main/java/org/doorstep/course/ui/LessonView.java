package org.doorstep.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.component.html.Anchor;
import org.doorstep.course.CoursePaths;
import org.springframework.security.access.AccessDeniedException;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import org.doorstep.base.Roles;
import org.doorstep.course.CourseService;
import org.doorstep.course.LessonPlay;
import org.doorstep.base.SignedInUser;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.security.PersonalTime;
import org.jspecify.annotations.Nullable;

/**
 * Plays one lesson, opening at the step where the trainee left it, on whatever device: "course/{lesson}" for the
 * shipped course, "courses/{course}/{lesson}" for another. A course none of the trainee's cohorts takes is not found.
 */
@Route("course/:lesson")
@RouteAlias("courses/:course/:lesson")
@RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService course;
    private final ExerciseService exercise;
    private final PersonalTime time;
    private String title = "";
    private String courseSlug = CourseService.COURSE;

    public LessonView(CourseService course, ExerciseService exercise, PersonalTime time) {
        this.course = course;
        this.exercise = exercise;
        this.time = time;
        addClassName("lesson-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("lesson").orElse("");
        courseSlug = event.getRouteParameters().get("course").orElse(CourseService.COURSE);
        LessonPlay play;
        try {
            play = course.open(courseSlug, slug);
        } catch (NoSuchElementException | AccessDeniedException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = play.lesson().title();
        removeAll();
        Anchor back = new Anchor(CoursePaths.map(courseSlug), getTranslation("course.player.back"));
        back.addClassName("back-to-map");
        add(back, new LessonPlayer(play.lesson(), play.states(), play.currentStep(), new SavedPlay(course, courseSlug, slug),
                open -> finish(slug, open), ownNetwork()));
    }

    /** A trainee's own network (read only when a step links to it); a trainer playing the course has none. */
    private @Nullable OwnNetwork ownNetwork() {
        return SignedInUser.hasRole(Roles.TRAINEE) ? new OwnNetwork(exercise::biggestWeek, time.formats()) : null;
    }

    /** Back to the course map, saying which steps are still open, if any. */
    private void finish(String slug, java.util.List<String> open) {
        boolean completed = open.isEmpty() && course.map(courseSlug).lessons().stream()
                .anyMatch(card -> card.slug().equals(slug) && card.stepsDone() == card.stepsTotal());
        Notification note = Notification.show(completed ? getTranslation("course.player.completed")
                : getTranslation("course.player.unfinished", String.join(", ", open)), 8000,
                // At the top: on a phone a note at the bottom lies over the next lesson's Next button for 8 s.
                Notification.Position.TOP_CENTER);
        note.addThemeVariants(completed ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
        getUI().ifPresent(ui -> {
            // One such note at a time: two lessons finished within 8 s stacked two over the map's title.
            Notification previous = ComponentUtil.getData(ui, Notification.class);
            if (previous != null) {
                previous.close();
            }
            ComponentUtil.setData(ui, Notification.class, note);
            ui.navigate(CoursePaths.map(courseSlug));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
