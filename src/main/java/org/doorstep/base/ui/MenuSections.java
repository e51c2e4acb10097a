package org.doorstep.base.ui;

import java.util.Collection;
import java.util.Optional;

/**
 * Which menu entry a page belongs to when it has none of its own: the longest entry path the page lies under
 * ({@code exercise/plan} under {@code exercise}). The courses besides the shipped one ({@code courses/…}) belong
 * to the Course entry ({@code course}). Paths without a leading slash; home ("") holds no other page.
 */
final class MenuSections {

    private static final String OTHER_COURSES = "courses";
    private static final String COURSE = "course";

    private MenuSections() {
    }

    static Optional<String> sectionOf(String location, Collection<String> entryPaths) {
        if (entryPaths.contains(location)) {
            return Optional.empty();
        }
        String page = location.equals(OTHER_COURSES) || location.startsWith(OTHER_COURSES + "/")
                ? COURSE + location.substring(OTHER_COURSES.length()) : location;
        return entryPaths.stream()
                .filter(path -> !path.isEmpty() && (page.equals(path) || page.startsWith(path + "/")))
                .max(java.util.Comparator.comparingInt(String::length));
    }
}
