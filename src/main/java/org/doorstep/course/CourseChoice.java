package org.doorstep.course;

/** A course to choose or show: its slug, its title as last published, and whether it has been retired. */
public record CourseChoice(String slug, String title, boolean retired) {
}
