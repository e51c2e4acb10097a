package org.doorstep.course;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The course map for one trainee: every lesson with its state, and where to resume. */
public record CourseMap(String title, String summary, List<Card> lessons, @Nullable String resumeLesson) {

    public record Card(String slug, String title, String summary, int minutes, LessonStatus status,
            int stepsDone, int stepsTotal) {
    }
}
