package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.doorstep.KaribuTest;
import org.doorstep.course.CourseCatalogueService;
import org.doorstep.course.CourseOutlineService;
import org.doorstep.course.CourseService;
import org.doorstep.course.CourseSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class CourseCatalogueViewTest extends KaribuTest {

    @Autowired
    CourseCatalogueService catalogue;
    @Autowired
    CourseOutlineService outlines;
    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    private CourseCatalogueView open() {
        navigate("course/catalogue");
        return _get(CourseCatalogueView.class);
    }

    private static List<CourseSummary> rows(CourseCatalogueView view) {
        return IntStream.range(0, GridKt._size(view.courses)).mapToObj(i -> GridKt._get(view.courses, i)).toList();
    }

    private static CourseSummary row(CourseCatalogueView view, String slug) {
        return rows(view).stream().filter(summary -> summary.slug().equals(slug)).findFirst().orElseThrow();
    }

    private String lastAudit(String action) {
        return jdbc.queryForObject("select details from audit_event where action = ? order by id desc limit 1",
                String.class, action);
    }

    @Test
    void the_catalogue_lists_the_shipped_course_with_its_lessons_latest_version_and_state() {
        signInAs("trainer");
        CourseCatalogueView view = open();
        CourseSummary shipped = row(view, CourseService.COURSE);
        assertThat(shipped.title()).isEqualTo("Real relationships on LinkedIn");
        assertThat(shipped.lessons()).isEqualTo(8);
        assertThat(shipped.version()).isPositive();
        assertThat(shipped.retired()).isFalse();
        int index = rows(view).indexOf(shipped);
        assertThat(GridKt._getFormattedRow(view.courses, index)).startsWith("Real relationships on LinkedIn", "8")
                .anyMatch(cell -> cell.startsWith("Version " + shipped.version() + " · ")).contains("In use");

        view.courses.select(shipped);
        assertThat(view.selectedActions.isVisible()).isTrue();
        _click(view.open);
        assertThat(currentView()).isEqualTo(AuthoringView.class);
        assertThat(_get(AuthoringView.class).course()).isEqualTo(CourseService.COURSE);
    }

    @Test
    void a_content_editor_creates_a_blank_course_whose_slug_follows_the_title_and_opens_it_in_the_editor() {
        signInAs("admin");
        CourseCatalogueView view = open();
        _click(view.create);
        NewCourseDialog dialog = _get(NewCourseDialog.class);
        userSets(dialog.title, "Cold calls, warm leads " + suffix);
        assertThat(dialog.slug.getValue()).isEqualTo("cold-calls-warm-leads-" + suffix);
        _click(dialog.create);

        String slug = "cold-calls-warm-leads-" + suffix;
        assertThat(currentView()).isEqualTo(AuthoringView.class);
        AuthoringView editor = _get(AuthoringView.class);
        assertThat(editor.course()).isEqualTo(slug);
        assertThat(editor.outline.title.getValue()).isEqualTo("Cold calls, warm leads " + suffix);
        assertThat(editor.outline.lessons.getChildren()).isEmpty();
        assertThat(lastAudit(CourseCatalogueService.COURSE_CREATED)).isEqualTo("Course " + slug + " (Cold calls, warm leads "
                + suffix + ") created");
        assertThat(catalogue.course(slug).published()).isFalse();
        assertThat(catalogue.course(slug).drafts()).isTrue();
    }

    @Test
    void a_slug_already_taken_or_malformed_is_refused_on_its_field_and_nothing_is_created() {
        signInAs("admin");
        CourseCatalogueView view = open();
        int before = catalogue.count();
        _click(view.create);
        NewCourseDialog dialog = _get(NewCourseDialog.class);
        userSets(dialog.title, "Another Doorstep");
        userSets(dialog.slug, CourseService.COURSE);
        _click(dialog.create);
        assertThat(dialog.slug.isInvalid()).isTrue();
        assertThat(dialog.slug.getErrorMessage()).isEqualTo("Another course is already called “doorstep”.");

        userSets(dialog.slug, "Not A Slug");
        _click(dialog.create);
        assertThat(dialog.slug.getErrorMessage()).startsWith("Use lower-case letters and digits");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(catalogue.count()).isEqualTo(before);
    }

    @Test
    void copying_a_course_makes_its_published_lessons_the_drafts_of_a_new_course_and_is_audited() {
        signInAs("admin");
        CourseCatalogueView view = open();
        view.courses.select(row(view, CourseService.COURSE));
        _click(view.copy);
        NewCourseDialog dialog = _get(NewCourseDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo("Copy of Real relationships on LinkedIn");
        userSets(dialog.title, "Relationships for sales " + suffix);
        _click(dialog.create);

        String slug = "relationships-for-sales-" + suffix;
        AuthoringView editor = _get(AuthoringView.class);
        assertThat(editor.course()).isEqualTo(slug);
        var outline = outlines.outline(slug);
        assertThat(outline.lessons()).hasSize(8).allMatch(lesson -> !lesson.published() && lesson.draft());
        assertThat(outline.lessons().getFirst().slug()).isEqualTo("collecting-is-not-connecting");
        assertThat(jdbc.queryForObject("select copied_from from course where slug = ?", String.class, slug))
                .isEqualTo(CourseService.COURSE);
        assertThat(lastAudit(CourseCatalogueService.COURSE_COPIED)).startsWith("Course " + slug
                + " (Relationships for sales " + suffix + ") created as a copy of course doorstep version ");
    }

    @Test
    void retiring_asks_first_says_what_it_means_and_can_be_undone() {
        signInAs("admin");
        String slug = catalogue.create("Retire me " + suffix, "retire-me-" + suffix);
        CourseCatalogueView view = open();
        view.courses.select(row(view, slug));
        assertThat(view.retire.getText()).isEqualTo("Retire");
        _click(view.retire);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("No new cohort can be given a retired course")
                .contains("keep their progress");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(row(view, slug).retired()).isTrue();
        assertThat(lastAudit(CourseCatalogueService.COURSE_RETIRED)).isEqualTo("Course " + slug + " retired");
        assertThat(view.retire.getText()).isEqualTo("Take out of retirement");
        _click(view.retire);
        assertThat(row(view, slug).retired()).isFalse();
        assertThat(lastAudit(CourseCatalogueService.COURSE_REINSTATED)).isEqualTo("Course " + slug
                + " taken out of retirement");
    }

    @Test
    void the_shipped_default_course_cannot_be_retired() {
        signInAs("admin");
        assertThatThrownBy(() -> catalogue.retire(CourseService.COURSE))
                .hasMessageContaining("catalogue.retire.default");
        assertThat(catalogue.course(CourseService.COURSE).retired()).isFalse();
    }

    @Test
    void a_trainer_without_the_permission_sees_no_create_copy_or_retire_and_the_services_refuse_them() {
        signInAs("admin");
        String slug = catalogue.create("Editors only " + suffix, "editors-only-" + suffix);
        signInAs("trainer");
        CourseCatalogueView view = open();
        assertThat(view.create.isVisible()).isFalse();
        view.courses.select(row(view, slug));
        assertThat(view.copy.isVisible()).isFalse();
        assertThat(view.retire.isVisible()).isFalse();
        assertThat(view.open.isVisible()).isTrue();

        assertThatThrownBy(() -> catalogue.create("Mine " + suffix, "mine-" + suffix)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.copy(CourseService.COURSE, "Mine " + suffix, "mine-" + suffix))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.retire(slug)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outlines.publish(slug)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainee_can_open_neither_the_catalogue_nor_its_service() {
        signInAs("trainee");
        assertThatThrownBy(() -> navigate("course/catalogue")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.count()).isInstanceOf(AccessDeniedException.class);
    }
}
