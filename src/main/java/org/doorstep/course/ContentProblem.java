package org.doorstep.course;

/** Something wrong in a content file: which file, where in it, and what. */
public record ContentProblem(String file, String place, String problem) {

    @Override
    public String toString() {
        return file + (place.isEmpty() ? "" : " at " + place) + ": " + problem;
    }
}
