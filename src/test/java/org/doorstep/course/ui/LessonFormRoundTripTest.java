package org.doorstep.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.doorstep.course.Lesson;
import org.doorstep.course.internal.ContentReader;
import org.doorstep.course.internal.LessonYaml;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The form loses nothing: every shipped lesson, read, put in the form's model and written again, reads the same. */
class LessonFormRoundTripTest {

    @Test
    void every_shipped_lesson_read_into_the_form_model_and_written_as_yaml_reads_back_equal() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath:courses/doorstep/lessons/*.yaml");
        assertThat(files).hasSize(8);
        for (Resource file : files) {
            String name = "lessons/" + file.getFilename();
            Lesson read = ContentReader.lesson(name, file.getContentAsString(StandardCharsets.UTF_8));
            String written = LessonYaml.write(LessonModel.of(read).toLesson());
            assertThat(ContentReader.lesson(name, written)).as(name).isEqualTo(read);
        }
    }

    @Test
    void the_written_yaml_keeps_the_documented_key_order_and_leaves_out_empty_fields() throws Exception {
        Resource file = new PathMatchingResourcePatternResolver()
                .getResource("classpath:courses/doorstep/lessons/four-criteria.yaml");
        Lesson read = ContentReader.lesson("lessons/four-criteria.yaml", file.getContentAsString(StandardCharsets.UTF_8));
        String written = LessonYaml.write(LessonModel.of(read).toLesson());
        assertThat(written).startsWith("slug: four-criteria\ntitle: ").contains("\n  - id: criteria\n    kind: reading\n")
                .contains("    passMark: 70\n").doesNotContain("multiple: false").doesNotContain("points: 0")
                .doesNotStartWith("---");
    }

    @Test
    void text_that_looks_like_yaml_or_another_type_comes_back_as_the_same_text() {
        java.util.List<String> tricky = java.util.List.of("yes", "no", "true", "null", "12", "1.5", "a: b", "# not a comment",
                "- not a list", "[not, a, list]", "x, y", " leading space", "trailing space ", "it's \"quoted\"",
                "two\nlines\n", "ends: ", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`", "{a: 1}", "?", "|", ">");
        for (String text : tricky) {
            Lesson lesson = new Lesson("tricky", text, text, 5, java.util.List.of(
                    new org.doorstep.course.Step.Reflection("r", text, text, "private")));
            assertThat(ContentReader.lesson("lessons/tricky.yaml", LessonYaml.write(lesson))).as(text).isEqualTo(lesson);
        }
    }
}
