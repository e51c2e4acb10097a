package org.doorstep.exercise.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One connection read from a LinkedIn Connections.csv.
 *
 * @param line        1-based physical line on which the row starts in the file (preamble and blank lines count)
 * @param firstName   trimmed, null when blank (a row keeps at least one of first and last name)
 * @param lastName    trimmed, null when blank
 * @param profileUrl  normalised by {@link ProfileUrls#normalise}; null in the legacy format or when the cell is blank
 * @param email       null when blank: LinkedIn fills it only for contacts who allowed it
 * @param company     the contact's current company at export time; null when blank
 * @param position    the contact's current position at export time; null when blank
 * @param connectedOn the day the connection was made
 */
public record ParsedConnection(int line, @Nullable String firstName, @Nullable String lastName,
        @Nullable String profileUrl, @Nullable String email, @Nullable String company, @Nullable String position,
        LocalDate connectedOn) {
}
