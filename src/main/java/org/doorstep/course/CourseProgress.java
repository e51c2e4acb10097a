package org.doorstep.course;

import java.time.Instant;

/** How far one person is in the course: counts and a time, for managers' reports. */
public record CourseProgress(int completedLessons, Instant lastActivity) {
}
