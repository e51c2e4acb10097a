package org.doorstep.course;

/** One of the courses the signed-in person may take, with how many of its lessons they have completed. */
public record MyCourse(String slug, String title, int lessonsCompleted, int lessonsTotal) {
}
