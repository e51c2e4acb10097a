package org.doorstep.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.doorstep.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** A second course in PostgreSQL: copied, published as its own version 1, audited; the shipped course untouched. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CourseCatalogueIT {

    @Autowired
    CourseCatalogueService catalogue;
    @Autowired
    CourseOutlineService outlines;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private final String slug = "copied-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    @Test
    void publishing_a_copied_course_creates_version_1_of_the_new_slug_with_every_lesson_and_an_audit_entry() {
        TestSignIn.as(context, "admin");
        int shippedVersion = jdbc.queryForObject("select max(version) from course_version where course_slug = 'doorstep'",
                Integer.class);
        catalogue.copy(CourseService.COURSE, "Copied course", slug);
        outlines.moveLesson(slug, "invitation-policy", 0);

        int version = outlines.publish(slug);

        assertThat(version).isEqualTo(1);
        assertThat(jdbc.queryForList("select l.slug from course_version v join course_lesson l on l.version_id = v.id "
                + "where v.course_slug = ? and v.version = 1 order by l.position", String.class, slug))
                .hasSize(8).startsWith("invitation-policy", "collecting-is-not-connecting");
        assertThat(jdbc.queryForObject("select m.source from course_version v join course_meta m on m.version_id = v.id "
                + "where v.course_slug = ?", String.class, slug)).contains("slug: " + slug).contains("title: Copied course");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COURSE_PUBLISHED' and details = ?",
                Integer.class, "Course " + slug + " published as version 1 (8 lessons)")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from course_draft where course_slug = ?", Integer.class, slug)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from lesson_draft where course_slug = ?", Integer.class, slug)).isZero();
        assertThat(jdbc.queryForObject("select max(version) from course_version where course_slug = 'doorstep'",
                Integer.class)).isEqualTo(shippedVersion);
        assertThat(catalogue.course(slug).version()).isEqualTo(1);
        assertThat(catalogue.course(slug).drafts()).isFalse();
    }

    @Test
    void a_lesson_of_the_new_course_is_then_edited_and_published_on_its_own_as_version_2() {
        TestSignIn.as(context, "admin");
        catalogue.copy(CourseService.COURSE, "Copied course", slug);
        outlines.publish(slug);
        String text = authoring.source(slug, "four-criteria").source();
        int version = authoring.publish(slug, "four-criteria", text.replace("passMark: 70", "passMark: 60"));
        assertThat(version).isEqualTo(2);
        assertThat(authoring.source(CourseService.COURSE, "four-criteria").source()).contains("passMark: 70");
        assertThat(authoring.history(slug, "four-criteria", 0, 10)).extracting(LessonVersion::version).containsExactly(2, 1);
    }

    @Test
    void a_course_described_without_a_summary_keeps_an_empty_one_rather_than_failing() {
        TestSignIn.as(context, "admin");
        catalogue.create("Bare course", slug);

        outlines.describe(slug, "  Bare course renamed ", null);

        assertThat(outlines.outline(slug).title()).isEqualTo("Bare course renamed");
        assertThat(outlines.outline(slug).summary()).isEmpty();
    }
}
