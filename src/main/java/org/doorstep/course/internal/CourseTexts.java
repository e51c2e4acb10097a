package org.doorstep.course.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.doorstep.course.Course;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Writes the YAML the outline and the catalogue make (course.yaml, a blank lesson) and slugs from titles. */
public final class CourseTexts {

    public static final int MAX_SLUG = 63;

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private CourseTexts() {
    }

    /** A course's slug as table course (V025) allows it, and lower-case words joined by dashes as content wants. */
    public static boolean validSlug(String slug) {
        return slug.length() <= MAX_SLUG && LessonValidator.SLUG.matcher(slug).matches();
    }

    /** course.yaml for these values; keys in the documented order. */
    public static String course(String slug, String title, String summary, List<String> lessons) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("slug", slug);
        text.put("title", title);
        text.put("summary", summary);
        text.put("lessons", lessons);
        return YAML.writeValueAsString(text);
    }

    public static String course(Course course) {
        return course(course.slug(), nonNull(course.title()), nonNull(course.summary()), course.lessons());
    }

    /** A lesson that validates as it is: one reading step for the author to replace. */
    public static String blankLesson(String slug, String title, String firstStepText) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("id", "introduction");
        step.put("kind", "reading");
        step.put("title", title);
        step.put("markdown", firstStepText);
        Map<String, Object> lesson = new LinkedHashMap<>();
        lesson.put("slug", slug);
        lesson.put("title", title);
        lesson.put("summary", "");
        lesson.put("minutes", 5);
        lesson.put("steps", List.of(step));
        return YAML.writeValueAsString(lesson);
    }

    /** "Onboarding: the first week!" gives onboarding-the-first-week; never empty, at most 63 characters. */
    public static String slugOf(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_SLUG - 4) { // room for a "-99" that makes it unique
            plain = plain.substring(0, MAX_SLUG - 4).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "course" : plain;
    }

    /** The slug, or the slug with -2, -3 … when it is taken. */
    public static String unique(String slug, Predicate<String> taken) {
        String candidate = slug;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
