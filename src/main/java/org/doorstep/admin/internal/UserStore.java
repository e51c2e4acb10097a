package org.doorstep.admin.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorstep.admin.UserDetail;
import org.doorstep.admin.UserFilter;
import org.doorstep.admin.UserRow;
import org.doorstep.base.LikePattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The security feature's account tables as administration reads them; security.AccountRegistry writes them. */
@Component
public class UserStore {

    private static final String MATCHING = """
              from app_user u left join organisation o on o.id = u.organisation_id
             where (u.username ilike :text or u.display_name ilike :text)
               and (cast(:role as text) is null or exists (select 1 from user_role r where r.user_id = u.id and r.role = :role))
               and (cast(:active as boolean) is null or u.enabled = :active)
            """;

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UserRow> page(UserFilter filter, int offset, int limit) {
        return bind(jdbc.sql("""
                select u.id, u.username, u.display_name, u.enabled, u.created_at, o.name,
                       array(select r.role from user_role r where r.user_id = u.id order by r.role) as roles
                """ + MATCHING + " order by lower(u.display_name), u.id offset :offset limit :limit"), filter)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        strings(rs.getArray("roles")), rs.getString("name"), rs.getBoolean("enabled"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public int count(UserFilter filter) {
        return bind(jdbc.sql("select count(*) " + MATCHING), filter).query(Integer.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, UserFilter filter) {
        return sql.param("text", LikePattern.containing(filter.text())).param("role", filter.role())
                .param("active", filter.active());
    }

    public Optional<UserDetail> detail(long id, long me) {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.enabled, u.created_at, u.organisation_id, o.name,
                       array(select r.role from user_role r where r.user_id = u.id) as roles,
                       array(select m.team_id from team_member m where m.user_id = u.id) as member_of,
                       array(select m.team_id from team_manager m where m.user_id = u.id) as manager_of,
                       array(select array[c.name, c.course_slug] from cohort_member m join cohort c on c.id = m.cohort_id
                              where m.user_id = u.id order by c.name, c.id) as cohorts,
                       array(select array[c.name, c.course_slug] from cohort c where c.trainer_id = u.id
                              order by c.name, c.id) as cohorts_run,
                       u.email, u.email_verified_at is not null as email_verified
                  from app_user u left join organisation o on o.id = u.organisation_id where u.id = ?""")
                .param(id)
                .query((rs, n) -> new UserDetail(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        Set.copyOf(strings(rs.getArray("roles"))), (Long) rs.getObject("organisation_id"), rs.getString("name"),
                        rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                        ids(rs.getArray("member_of")), ids(rs.getArray("manager_of")), cohorts(rs.getArray("cohorts")),
                        cohorts(rs.getArray("cohorts_run")), rs.getLong("id") == me, rs.getString("email"),
                        rs.getBoolean("email_verified")))
                .optional();
    }

    public boolean active(long id) {
        return jdbc.sql("select enabled from app_user where id = ?").param(id).query(Boolean.class).optional().orElse(false);
    }

    public Optional<String> username(long id) {
        return jdbc.sql("select username from app_user where id = ?").param(id).query(String.class).optional();
    }

    public Set<String> roles(long id) {
        return Set.copyOf(jdbc.sql("select role from user_role where user_id = ?").param(id).query(String.class).list());
    }

    /** Team names of the given ids; fewer than asked when some are not teams of the organisation. */
    public List<String> teamNames(Set<Long> teamIds, @Nullable Long organisationId) {
        return jdbc.sql("select name from team where id = any(?) and organisation_id = ? order by name")
                .param(teamIds.toArray(Long[]::new)).param(organisationId).query(String.class).list();
    }

    /** Pairs of name and course slug; PostgreSQL gives no pairs as an empty one-dimensional array. */
    private static List<UserDetail.Cohort> cohorts(Array pairs) throws SQLException {
        if (pairs == null || !(pairs.getArray() instanceof String[][] rows)) {
            return List.of();
        }
        return Arrays.stream(rows).map(row -> new UserDetail.Cohort(row[0], row[1])).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Set<Long> ids(Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((Long[]) array.getArray()));
    }
}
