package org.doorstep.course;

/**
 * Something wrong in a content file: which file, where in it (for people), what, and the field it concerns (for
 * forms): a path of 0-based indexes such as {@code steps[1].nodes[2].choices[0].next}, or "" when none is known.
 */
public record ContentProblem(String file, String place, String problem, String field) {

    public ContentProblem(String file, String place, String problem) {
        this(file, place, problem, "");
    }

    @Override
    public String toString() {
        return file + (place.isEmpty() ? "" : " at " + place) + ": " + problem;
    }
}
