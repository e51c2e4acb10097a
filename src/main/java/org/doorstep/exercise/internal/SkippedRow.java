package org.doorstep.exercise.internal;

/**
 * A data row that was left out of the import, with why, so the member can check it on LinkedIn.
 *
 * @param line   1-based physical line on which the row starts in the file
 * @param reason plain English, e.g. "no name: a hidden or closed profile"
 */
public record SkippedRow(int line, String reason) {
}
