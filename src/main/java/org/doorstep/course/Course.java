package org.doorstep.course;

import java.util.List;

/** A course as its course.yaml describes it: the lessons in map order. */
public record Course(String slug, String title, String summary, List<String> lessons) {

    public Course {
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
    }
}
