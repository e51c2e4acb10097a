package org.doorstep.course.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.course.ContentProblem;
import org.doorstep.course.Course;
import org.doorstep.course.InvalidContentException;
import org.doorstep.course.Lesson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Parses course and lesson YAML into records, then validates them; all problems or none. */
public final class ContentReader {

    // Unknown fields are refused: a misspelt "nxt:" must not silently lose a scenario branch.
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) // an omitted "correct:" or "points:" means false or 0
            .build();

    private ContentReader() {
    }

    public static Lesson lesson(String file, String source) {
        Lesson lesson = parse(file, source, Lesson.class);
        List<ContentProblem> problems = new ArrayList<>();
        new LessonValidator(file, problems).validate(lesson, expectedSlug(file));
        throwIfAny(problems);
        return lesson;
    }

    /**
     * The lesson as written, not validated, so a draft's scenario can be drawn with its faults; empty when the text
     * does not parse at all.
     */
    public static Optional<Lesson> unchecked(String source) {
        try {
            return Optional.of(parse("lesson", source, Lesson.class));
        } catch (RuntimeException unreadable) { // whatever the parser refused: there is nothing to draw
            return Optional.empty();
        }
    }

    /** The course text as written, not validated (a new course lists no lesson yet); empty when it does not parse. */
    public static Optional<Course> uncheckedCourse(String source) {
        try {
            return Optional.of(parse("course.yaml", source, Course.class));
        } catch (RuntimeException unreadable) { // whatever the parser refused
            return Optional.empty();
        }
    }

    public static Course course(String file, String source) {
        Course course = parse(file, source, Course.class);
        List<ContentProblem> problems = new ArrayList<>();
        if (course.slug() == null || !LessonValidator.SLUG.matcher(course.slug()).matches()) {
            problems.add(new ContentProblem(file, "slug", "needs lower-case words joined by dashes"));
        }
        if (LessonValidator.blank(course.title())) {
            problems.add(new ContentProblem(file, "title", "is missing"));
        }
        if (course.lessons().isEmpty()) {
            problems.add(new ContentProblem(file, "lessons", "lists no lesson"));
        }
        throwIfAny(problems);
        return course;
    }

    private static <T> T parse(String file, String source, Class<T> type) {
        if (source == null || source.isBlank()) {
            throw new InvalidContentException(List.of(new ContentProblem(file, "", "is empty")));
        }
        try {
            return YAML.readValue(source, type);
        } catch (JacksonException e) {
            // The path (steps[2].nodes[1].nxt) says where; the parser's line is where it noticed, often the next.
            String path = path(e);
            TokenStreamLocation at = e.getLocation();
            String line = at == null ? "" : "near line " + at.getLineNr();
            String place = path.isEmpty() ? line : line.isEmpty() ? path : path + " (" + line + ")";
            throw new InvalidContentException(List.of(new ContentProblem(file, place, e.getOriginalMessage())));
        }
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex() + 1).append(']');
            }
        }
        return path.toString();
    }

    /** lessons/stranger-at-the-door.yaml must hold the lesson with slug stranger-at-the-door. */
    private static @Nullable String expectedSlug(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : null;
    }

    private static void throwIfAny(List<ContentProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }
}
