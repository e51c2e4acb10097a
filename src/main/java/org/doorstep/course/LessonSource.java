package org.doorstep.course;

/** A lesson's YAML as the author edits it: the draft if there is one, else the published text. */
public record LessonSource(String slug, String title, String source, boolean draft, int publishedVersion) {
}
