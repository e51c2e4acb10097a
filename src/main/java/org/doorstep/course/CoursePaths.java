package org.doorstep.course;

/**
 * Where a course's map and lessons live. The shipped course keeps its first addresses ("course",
 * "course/{lesson}") so links made before there were other courses still work; another course's carry its slug.
 */
public final class CoursePaths {

    private CoursePaths() {
    }

    public static String map(String courseSlug) {
        return CourseService.COURSE.equals(courseSlug) ? "course" : "courses/" + courseSlug;
    }

    public static String lesson(String courseSlug, String lessonSlug) {
        return map(courseSlug) + "/" + lessonSlug;
    }
}
