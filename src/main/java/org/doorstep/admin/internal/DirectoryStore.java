package org.doorstep.admin.internal;

import java.util.List;
import java.util.Optional;
import org.doorstep.admin.CohortRow;
import org.doorstep.admin.OrganisationRow;
import org.doorstep.admin.PersonRef;
import org.doorstep.admin.TeamRow;
import org.doorstep.base.LikePattern;
import org.doorstep.base.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Organisations, teams and cohorts as administration reads them; security.Directory writes them. */
@Component
public class DirectoryStore {

    private final JdbcClient jdbc;

    DirectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrganisationRow> organisations() {
        return jdbc.sql("""
                select o.id, o.name, (select count(*) from team t where t.organisation_id = o.id),
                       (select count(*) from app_user u where u.organisation_id = o.id)
                  from organisation o order by lower(o.name), o.id""")
                .query((rs, n) -> new OrganisationRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    public Optional<String> organisationName(long id) {
        return jdbc.sql("select name from organisation where id = ?").param(id).query(String.class).optional();
    }

    /** The teams of one organisation, or of all when null. */
    public List<TeamRow> teams(@Nullable Long organisationId) {
        return teams(organisationId, null);
    }

    public Optional<TeamRow> team(long id) {
        return teams(null, id).stream().findFirst();
    }

    private List<TeamRow> teams(@Nullable Long organisationId, @Nullable Long teamId) {
        return jdbc.sql("""
                select t.id, t.organisation_id, o.name, t.name,
                       (select count(*) from team_member m where m.team_id = t.id),
                       (select count(*) from team_manager m where m.team_id = t.id)
                  from team t join organisation o on o.id = t.organisation_id
                 where (cast(? as bigint) is null or t.organisation_id = ?) and (cast(? as bigint) is null or t.id = ?)
                 order by lower(o.name), lower(t.name), t.id""")
                .param(organisationId).param(organisationId).param(teamId).param(teamId)
                .query((rs, n) -> new TeamRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    private static final String COHORTS = """
            select c.id, c.name, c.organisation_id, o.name as organisation, c.join_code, c.trainer_id, t.display_name as trainer,
                   (select count(*) from cohort_member m where m.cohort_id = c.id) as members, c.open_to_all, c.course_slug
              from cohort c join organisation o on o.id = c.organisation_id left join app_user t on t.id = c.trainer_id
            """;

    public List<CohortRow> cohorts(int offset, int limit) {
        return jdbc.sql(COHORTS + " order by lower(o.name), lower(c.name), c.id offset ? limit ?").params(offset, limit)
                .query((rs, n) -> new CohortRow(rs.getLong("id"), rs.getString("name"), rs.getLong("organisation_id"),
                        rs.getString("organisation"), rs.getString("join_code"), (Long) rs.getObject("trainer_id"),
                        rs.getString("trainer"), rs.getInt("members"), rs.getBoolean("open_to_all"),
                        rs.getString("course_slug")))
                .list();
    }

    public int countCohorts() {
        return jdbc.sql("select count(*) from cohort").query(Integer.class).single();
    }

    public Optional<CohortRow> cohort(long id) {
        return jdbc.sql(COHORTS + " where c.id = ?").param(id)
                .query((rs, n) -> new CohortRow(rs.getLong("id"), rs.getString("name"), rs.getLong("organisation_id"),
                        rs.getString("organisation"), rs.getString("join_code"), (Long) rs.getObject("trainer_id"),
                        rs.getString("trainer"), rs.getInt("members"), rs.getBoolean("open_to_all"),
                        rs.getString("course_slug")))
                .optional();
    }

    private static final String TRAINERS = """
              from app_user u join user_role r on r.user_id = u.id and r.role = '%s'
             where u.enabled and (u.username ilike ? or u.display_name ilike ?)
            """.formatted(Roles.TRAINER);

    /** Active accounts with the trainer role whose name or username contains the text. */
    public List<PersonRef> trainers(String text, int offset, int limit) {
        String pattern = LikePattern.containing(text);
        return jdbc.sql("select u.id, u.username, u.display_name " + TRAINERS + " order by lower(u.display_name), u.id offset ? limit ?")
                .params(pattern, pattern, offset, limit)
                .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public int countTrainers(String text) {
        String pattern = LikePattern.containing(text);
        return jdbc.sql("select count(*) " + TRAINERS).params(pattern, pattern).query(Integer.class).single();
    }

    public Optional<PersonRef> activeTrainer(long id) {
        return jdbc.sql("select u.id, u.username, u.display_name " + TRAINERS.replace("(u.username ilike ? or u.display_name ilike ?)", "u.id = ?"))
                .param(id).query((rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }
}
