package org.doorstep.workshop;

import java.util.List;
import org.doorstep.base.JoinCodes;
import org.doorstep.base.Refusal;
import org.doorstep.course.CourseService;
import org.doorstep.course.Lesson;
import org.doorstep.workshop.internal.Agenda;
import org.doorstep.workshop.internal.SessionRow;
import org.doorstep.workshop.internal.WorkshopStore;
import org.springframework.stereotype.Component;

/**
 * What the trainer's and the trainees' services both need of a session: find it by code, name it, list its steps
 * (from the course its cohort takes now).
 */
@Component
class Sessions {

    private final WorkshopStore store;
    private final CourseService course;

    Sessions(WorkshopStore store, CourseService course) {
        this.store = store;
        this.course = course;
    }

    SessionRow byCode(String code) {
        return store.byCode(JoinCodes.normalise(code)).orElseThrow(() -> Refusal.of("workshop.code.unknown"));
    }

    SessionRef ref(SessionRow row) {
        String title = course.lesson(row.courseSlug(), row.lessonSlug()).map(Lesson::title).orElse(row.lessonSlug());
        return new SessionRef(row.id(), row.code(), row.cohortId(), row.cohortName(), row.courseSlug(), row.lessonSlug(), title,
                row.startsAt(), row.timeZone(), row.durationMinutes(), row.state(), row.attendees());
    }

    /** The lesson as the room plays it; a lesson taken out of the course leaves one step saying so. */
    List<WorkshopStep> steps(SessionRow row) {
        return course.lesson(row.courseSlug(), row.lessonSlug()).map(Agenda::of).filter(steps -> !steps.isEmpty())
                .orElse(List.of(new WorkshopStep(0, WorkshopStep.Kind.READING, row.lessonSlug(), "", List.of(), false, List.of(), null)));
    }

    static int clamp(int step, List<WorkshopStep> steps) {
        return Math.max(0, Math.min(step, steps.size() - 1));
    }
}
