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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The security feature's account tables as administration reads and writes them. Ending sessions means
 * raising app_user.session_version, which the security feature's revocation filter compares.
 */
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
                       array(select c.name from cohort_member m join cohort c on c.id = m.cohort_id
                              where m.user_id = u.id order by c.name) as cohorts,
                       array(select c.name from cohort c where c.trainer_id = u.id order by c.name) as cohorts_run
                  from app_user u left join organisation o on o.id = u.organisation_id where u.id = ?""")
                .param(id)
                .query((rs, n) -> new UserDetail(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        Set.copyOf(strings(rs.getArray("roles"))), (Long) rs.getObject("organisation_id"), rs.getString("name"),
                        rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                        ids(rs.getArray("member_of")), ids(rs.getArray("manager_of")), strings(rs.getArray("cohorts")),
                        strings(rs.getArray("cohorts_run")), rs.getLong("id") == me))
                .optional();
    }

    public boolean active(long id) {
        return jdbc.sql("select enabled from app_user where id = ?").param(id).query(Boolean.class).optional().orElse(false);
    }

    public Optional<String> username(long id) {
        return jdbc.sql("select username from app_user where id = ?").param(id).query(String.class).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = ?)").param(username).query(Boolean.class).single();
    }

    public long insert(String username, String displayName, String passwordHash, long organisationId) {
        // The administrator knows (or nobody knows) this password: the person chooses their own at first sign-in.
        return jdbc.sql("insert into app_user (username, display_name, password_hash, organisation_id, must_change_password) values (?, ?, ?, ?, true) returning id")
                .params(username, displayName, passwordHash, organisationId).query(Long.class).single();
    }

    public Set<String> roles(long id) {
        return Set.copyOf(jdbc.sql("select role from user_role where user_id = ?").param(id).query(String.class).list());
    }

    public void setRoles(long id, Set<String> roles) {
        jdbc.sql("delete from user_role where user_id = ? and role <> all(?)").params(id, roles.toArray(String[]::new)).update();
        for (String role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?) on conflict do nothing").params(id, role).update();
        }
    }

    /** Team names of the given ids; fewer than asked when some are not teams of the organisation. */
    public List<String> teamNames(Set<Long> teamIds, Long organisationId) {
        return jdbc.sql("select name from team where id = any(?) and organisation_id = ? order by name")
                .params(teamIds.toArray(Long[]::new), organisationId).query(String.class).list();
    }

    public void setTeams(long id, Set<Long> memberOf, Set<Long> managerOf) {
        replace("team_member", id, memberOf);
        replace("team_manager", id, managerOf);
    }

    private void replace(String table, long userId, Set<Long> teamIds) {
        jdbc.sql("delete from " + table + " where user_id = ? and team_id <> all(?)").params(userId, teamIds.toArray(Long[]::new)).update();
        for (Long team : teamIds) {
            jdbc.sql("insert into " + table + " (team_id, user_id) values (?, ?) on conflict do nothing").params(team, userId).update();
        }
    }

    /**
     * Deactivating also ends the account's sessions and withdraws its set-password links (a leaked link must
     * not come back to life with a reactivation); true when the state changed.
     */
    public boolean setActive(long id, boolean active) {
        if (!active) {
            jdbc.sql("delete from password_link where user_id = ?").param(id).update();
        }
        return jdbc.sql("""
                update app_user set enabled = ?, session_version = session_version + (case when ? then 0 else 1 end)
                 where id = ? and enabled <> ?""").params(active, active, id, active).update() == 1;
    }

    /** A new password ends every session signed in with the old one and clears failed attempts; the person must replace it. */
    public void setPassword(long id, String passwordHash) {
        String username = jdbc.sql("update app_user set password_hash = ?, must_change_password = true, session_version = session_version + 1 where id = ? returning username")
                .params(passwordHash, id).query(String.class).single();
        jdbc.sql("delete from login_failure where username = ?").param(username).update();
    }

    public void endSessions(long id) {
        jdbc.sql("update app_user set session_version = session_version + 1 where id = ?").param(id).update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Set<Long> ids(Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((Long[]) array.getArray()));
    }
}
