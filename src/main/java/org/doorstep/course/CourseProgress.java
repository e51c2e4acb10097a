package org.doorstep.course;

import java.time.Instant;

/**
 * How far one person got in the course within a date range, for managers' reports: lessons of the
 * published course completed in it, whether the last of all lessons was completed in it, and the
 * latest course activity in it (null when none).
 */
public record CourseProgress(int completedLessons, boolean completedCourse, Instant lastActivity) {

    public static final CourseProgress NONE = new CourseProgress(0, false, null);
}
