package org.doorstep.course;

import java.util.List;

/**
 * A course's outline as its authors left it: title, summary and lessons in order (the course's draft if any, else
 * the published version), with what is not yet published.
 */
public record CourseOutline(String slug, String title, String summary, List<Lesson> lessons, int publishedVersion,
        boolean retired, boolean courseDraft, boolean reviewAsked, boolean hasDrafts) {

    public CourseOutline {
        lessons = List.copyOf(lessons);
    }

    /** One lesson of the outline: {@code published} when the live version has it, {@code draft} when changed since. */
    public record Lesson(String slug, String title, boolean published, boolean draft) {
    }

    public int indexOf(String lessonSlug) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).slug().equals(lessonSlug)) {
                return i;
            }
        }
        return -1;
    }
}
