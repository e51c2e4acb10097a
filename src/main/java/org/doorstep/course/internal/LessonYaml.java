package org.doorstep.course.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Writes a lesson as the documented YAML (docs/course-content-format.md) that {@link ContentReader} reads back to an
 * equal lesson. Keys come in the documented order; empty optional fields, false flags and zero points are left out
 * (the reader takes them as absent), multi-line text is a literal block, and long lines stay whole so a one-word
 * change is a one-line change in the history's diff.
 */
public final class LessonYaml {

    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.LITERAL_BLOCK_STYLE,
                    YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new FewQuotes())
            .build());

    /**
     * Quotes only text that would otherwise read as another type (yes, 12, null); the YAML emitter itself quotes
     * whatever cannot be plain (a leading "- ", ": " inside), so titles with commas stay as written.
     */
    private static final class FewQuotes extends StringQuotingChecker.Default {
        @Override
        public boolean needToQuoteValue(String value) {
            return value.isEmpty() || isReservedKeyword(value) || looksLikeYAMLNumber(value);
        }
    }

    private LessonYaml() {
    }

    public static String write(Lesson lesson) {
        Map<String, Object> out = new LinkedHashMap<>();
        text(out, "slug", lesson.slug());
        text(out, "title", lesson.title());
        text(out, "summary", lesson.summary());
        out.put("minutes", lesson.minutes());
        out.put("steps", lesson.steps().stream().map(LessonYaml::step).toList());
        return YAML.writeValueAsString(out);
    }

    private static Map<String, Object> step(Step step) {
        Map<String, Object> out = new LinkedHashMap<>();
        text(out, "id", step.id());
        out.put("kind", switch (step) {
            case Step.Reading reading -> "reading";
            case Step.Scenario scenario -> "scenario";
            case Step.Quiz quiz -> "quiz";
            case Step.Reflection reflection -> "reflection";
            case Step.Link link -> "link";
        });
        text(out, "title", step.title());
        switch (step) {
            case Step.Reading reading -> text(out, "markdown", reading.markdown());
            case Step.Scenario scenario -> {
                text(out, "start", scenario.start());
                out.put("nodes", scenario.nodes().stream().map(LessonYaml::node).toList());
                if (!scenario.bands().isEmpty()) {
                    out.put("bands", scenario.bands().stream().map(LessonYaml::band).toList());
                }
                out.put("maxPoints", scenario.maxPoints());
            }
            case Step.Quiz quiz -> {
                out.put("passMark", quiz.passMark());
                out.put("items", quiz.items().stream().map(LessonYaml::item).toList());
            }
            case Step.Reflection reflection -> {
                text(out, "visibility", reflection.visibility());
                text(out, "prompt", reflection.prompt());
            }
            case Step.Link link -> {
                text(out, "markdown", link.markdown());
                text(out, "target", link.target());
                text(out, "label", link.label());
            }
        }
        return out;
    }

    private static Map<String, Object> node(Step.Node node) {
        Map<String, Object> out = new LinkedHashMap<>();
        text(out, "id", node.id());
        text(out, "text", node.text());
        if (node.ending()) {
            out.put("ending", true);
        }
        text(out, "outcome", node.outcome());
        number(out, "points", node.points());
        if (!node.choices().isEmpty()) {
            out.put("choices", node.choices().stream().map(LessonYaml::choice).toList());
        }
        return out;
    }

    private static Map<String, Object> choice(Step.Choice choice) {
        Map<String, Object> out = new LinkedHashMap<>();
        text(out, "text", choice.text());
        text(out, "next", choice.next());
        text(out, "verdict", choice.verdict());
        number(out, "points", choice.points());
        text(out, "feedback", choice.feedback());
        return out;
    }

    private static Map<String, Object> band(Step.Band band) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", band.from());
        text(out, "outcome", band.outcome());
        text(out, "text", band.text());
        return out;
    }

    private static Map<String, Object> item(Step.QuizItem item) {
        Map<String, Object> out = new LinkedHashMap<>();
        text(out, "id", item.id());
        text(out, "prompt", item.prompt());
        if (item.multiple()) {
            out.put("multiple", true);
        }
        out.put("options", item.options().stream().map(LessonYaml::option).toList());
        text(out, "feedback", item.feedback());
        return out;
    }

    private static Map<String, Object> option(Step.QuizOption option) {
        Map<String, Object> out = new LinkedHashMap<>();
        text(out, "text", option.text());
        out.put("correct", option.correct());
        text(out, "feedback", option.feedback());
        return out;
    }

    /** Blank text is left out: the reader then reports a required field as missing, as it would for "". */
    private static void text(Map<String, Object> out, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            out.put(key, value);
        }
    }

    private static void number(Map<String, Object> out, String key, int value) {
        if (value != 0) {
            out.put(key, value);
        }
    }

}
