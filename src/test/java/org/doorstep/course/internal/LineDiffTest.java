package org.doorstep.course.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.doorstep.course.LessonDiff.Kind;
import org.doorstep.course.LessonDiff.Row;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void a_changed_line_is_shown_on_both_sides_with_its_numbers_and_the_far_unchanged_lines_are_folded() {
        String before = lines(1, 20);
        String after = before.replace("line 10\n", "line ten\n");

        assertThat(LineDiff.rows(before, after)).containsExactly(
                new Row(Kind.SKIPPED, 7, "", 0, ""),
                new Row(Kind.SAME, 8, "line 8", 8, "line 8"),
                new Row(Kind.SAME, 9, "line 9", 9, "line 9"),
                new Row(Kind.CHANGED, 10, "line 10", 10, "line ten"),
                new Row(Kind.SAME, 11, "line 11", 11, "line 11"),
                new Row(Kind.SAME, 12, "line 12", 12, "line 12"),
                new Row(Kind.SKIPPED, 8, "", 0, ""));
    }

    @Test
    void added_and_removed_lines_have_a_number_only_on_their_own_side_and_later_numbers_shift() {
        String before = "a\nb\nc\n";
        String after = "a\nnew\nb\n";

        assertThat(LineDiff.rows(before, after)).containsExactly(
                new Row(Kind.SAME, 1, "a", 1, "a"),
                new Row(Kind.ADDED, 0, "", 2, "new"),
                new Row(Kind.SAME, 2, "b", 3, "b"),
                new Row(Kind.REMOVED, 3, "c", 0, ""));
    }

    @Test
    void equal_texts_have_no_changed_rows() {
        assertThat(LineDiff.rows(lines(1, 3), lines(1, 3))).extracting(Row::kind).containsExactly(Kind.SKIPPED);
    }
}
