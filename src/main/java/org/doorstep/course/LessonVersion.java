package org.doorstep.course;

import java.time.Instant;

/**
 * A course version in which a lesson's text changed: when, and by whom (null when it came from the shipped
 * files, or its publisher's account is gone).
 */
public record LessonVersion(int version, Instant publishedAt, String publishedBy, boolean fromFiles) {
}
