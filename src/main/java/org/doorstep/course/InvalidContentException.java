package org.doorstep.course;

import java.util.List;
import java.util.stream.Collectors;

/** Content that must not be published (or started with); lists every problem found. */
public class InvalidContentException extends RuntimeException {

    private final List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super("Invalid course content:\n  " + problems.stream().map(ContentProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
