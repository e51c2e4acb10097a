package org.doorstep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MenuSectionsTest {

    private static final List<String> ENTRIES = List.of("", "course", "course/catalogue", "course/authoring", "exercise",
            "workshop", "workshop/join", "admin");

    @Test
    void a_page_with_an_entry_of_its_own_needs_no_other() {
        assertThat(MenuSections.sectionOf("course/catalogue", ENTRIES)).isEmpty();
        assertThat(MenuSections.sectionOf("", ENTRIES)).isEmpty();
    }

    @Test
    void a_lesson_of_any_course_belongs_to_the_course_entry_not_to_the_editors_pages() {
        assertThat(MenuSections.sectionOf("course/stranger-at-the-door", ENTRIES)).hasValue("course");
        assertThat(MenuSections.sectionOf("courses/meeting-strangers", ENTRIES)).hasValue("course");
        assertThat(MenuSections.sectionOf("courses/meeting-strangers/first-lesson", ENTRIES)).hasValue("course");
    }

    @Test
    void a_nested_page_belongs_to_the_longest_entry_it_lies_under_and_home_holds_none() {
        assertThat(MenuSections.sectionOf("exercise/plan", ENTRIES)).hasValue("exercise");
        assertThat(MenuSections.sectionOf("workshop/ABC123", ENTRIES)).hasValue("workshop");
        assertThat(MenuSections.sectionOf("admin/users", ENTRIES)).hasValue("admin");
        assertThat(MenuSections.sectionOf("exercises", ENTRIES)).isEmpty();
        assertThat(MenuSections.sectionOf("results/unknown", List.of(""))).isEmpty();
    }
}
