package org.doorstep.security;

import java.util.List;
import org.doorstep.base.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The teams the signed-in manager manages, and who is in them; nobody else's. */
@Service
@PreAuthorize("hasRole('MANAGER')")
public class TeamDirectory {

    public record TeamRef(long id, String name, int members) {
    }

    /** A cohort with people in my teams; members counts only those. */
    public record TeamCohort(long id, String name, int members, String courseSlug) {
    }

    /** A person in one of my teams; enrolled when in at least one cohort. */
    public record TeamMember(long userId, String displayName, String team, boolean enrolled) {
    }

    private final JdbcClient jdbc;

    TeamDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<TeamRef> teamsIManage() {
        return jdbc.sql("""
                select t.id, t.name, (select count(*) from team_member m where m.team_id = t.id)
                  from team t join team_manager g on g.team_id = t.id where g.user_id = ? order by t.name""")
                .param(SignedInUser.currentId())
                .query((rs, n) -> new TeamRef(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** Cohorts that have at least one person of my teams, with how many of my people each has. */
    @Transactional(readOnly = true)
    public List<TeamCohort> cohortsOfMyTeams() {
        return jdbc.sql("""
                select c.id, c.name, count(distinct cm.user_id), c.course_slug
                  from cohort c join cohort_member cm on cm.cohort_id = c.id
                  join team_member m on m.user_id = cm.user_id
                  join team_manager g on g.team_id = m.team_id and g.user_id = ?
                 group by c.id, c.name order by c.name, c.id""")
                .param(SignedInUser.currentId())
                .query((rs, n) -> new TeamCohort(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4))).list();
    }

    /**
     * The people of one of my teams (or all of them when teamId is null), only those in the cohort when
     * cohortId is given, by name. Another manager's team, or a cohort with none of my people, is refused.
     */
    @Transactional(readOnly = true)
    public MemberScope scope(@Nullable Long teamId, @Nullable Long cohortId) {
        long me = SignedInUser.currentId();
        if (teamId != null && !jdbc.sql("select exists (select 1 from team_manager where team_id = ? and user_id = ?)")
                .params(teamId, me).query(Boolean.class).single()) {
            throw new AccessDeniedException("Team " + teamId + " is not managed by you");
        }
        if (cohortId != null && cohortsOfMyTeams().stream().noneMatch(cohort -> cohort.id() == cohortId)) {
            throw new AccessDeniedException("Cohort " + cohortId + " has none of your people");
        }
        List<TeamMember> members = jdbc.sql("""
                select * from (
                    select distinct on (u.id) u.id, u.display_name, t.name,
                           exists (select 1 from cohort_member c where c.user_id = u.id)
                      from team_member m join team t on t.id = m.team_id join app_user u on u.id = m.user_id
                      join team_manager g on g.team_id = t.id and g.user_id = ?
                     where (?::bigint is null or t.id = ?) and u.enabled
                       and (?::bigint is null or exists (select 1 from cohort_member c where c.user_id = u.id and c.cohort_id = ?))
                     order by u.id, t.name) mine
                 order by display_name, id""")
                .param(me).param(teamId).param(teamId).param(cohortId).param(cohortId)
                .query((rs, n) -> new TeamMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
        return new MemberScope(me, members);
    }
}
