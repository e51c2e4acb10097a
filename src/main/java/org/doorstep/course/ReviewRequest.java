package org.doorstep.course;

import java.time.Instant;

/** A draft a trainer asked a content editor to review and publish. */
public record ReviewRequest(String lessonSlug, String lessonTitle, String askedBy, Instant askedAt) {
}
