package org.doorstep.course.internal;

import java.util.List;
import org.doorstep.course.CourseService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which courses exist, and which a person's cohorts take (as a trainee in them or as their trainer). */
@Repository
public class CourseAccess {

    public record CourseRow(String slug, boolean retired) {
    }

    private final JdbcClient jdbc;

    CourseAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every course of the catalogue, the shipped one first, then by slug. */
    public List<CourseRow> courses() {
        return jdbc.sql("select slug, retired_at is not null from course order by slug <> ?, slug")
                .param(CourseService.COURSE)
                .query((rs, n) -> new CourseRow(rs.getString(1), rs.getBoolean(2))).list();
    }

    /** The courses of the cohorts the person is in or trains, the shipped one first, then by slug. */
    public List<String> cohortCourses(long userId) {
        return jdbc.sql("""
                select slug from (
                    select distinct c.course_slug as slug from cohort c
                     where c.trainer_id = ?
                        or exists (select 1 from cohort_member m where m.cohort_id = c.id and m.user_id = ?)) mine
                 order by slug <> ?, slug""")
                .params(userId, userId, CourseService.COURSE).query(String.class).list();
    }
}
