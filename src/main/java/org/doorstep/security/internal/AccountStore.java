package org.doorstep.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account tables as the security feature writes them (app_user, user_role, team membership, password
 * links). Ending sessions means raising app_user.session_version, which SessionRevocationFilter compares.
 */
@Component
public class AccountStore {

    /** What a check needs to know of an account. */
    public record Account(long id, String username, String displayName, Long organisationId, String email,
            boolean emailVerified, boolean active) {
    }

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(long id) {
        return jdbc.sql("""
                select id, username, display_name, organisation_id, email, email_verified_at is not null, enabled
                  from app_user where id = ?""").param(id)
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBoolean(7)))
                .optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = ?)").param(username).query(Boolean.class).single();
    }

    /** Whether another account (not the one excepted) has the address, whatever its case. */
    public boolean emailTaken(String email, @Nullable Long except) {
        return jdbc.sql("select exists (select 1 from app_user where lower(email) = lower(?) and id is distinct from ?)")
                .param(email).param(except).query(Boolean.class).single();
    }

    public boolean organisationExists(long id) {
        return jdbc.sql("select exists (select 1 from organisation where id = ?)").param(id).query(Boolean.class).single();
    }

    /** {@code email}: null for an account without an address. */
    public long insert(String username, String displayName, String passwordHash, long organisationId, @Nullable String email,
            boolean mustChangePassword) {
        return jdbc.sql("""
                insert into app_user (username, display_name, password_hash, organisation_id, email, must_change_password)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .param(username).param(displayName).param(passwordHash).param(organisationId).param(email).param(mustChangePassword)
                .query(Long.class).single();
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
        Long[] members = memberOf.toArray(Long[]::new);
        Long[] managed = managerOf.toArray(Long[]::new);
        jdbc.sql("delete from team_member where user_id = ? and team_id <> all(?)").params(id, members).update();
        jdbc.sql("insert into team_member (team_id, user_id) select unnest(?::bigint[]), ? on conflict do nothing")
                .params(members, id).update();
        jdbc.sql("delete from team_manager where user_id = ? and team_id <> all(?)").params(id, managed).update();
        jdbc.sql("insert into team_manager (team_id, user_id) select unnest(?::bigint[]), ? on conflict do nothing")
                .params(managed, id).update();
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

    /** A new password ends every session signed in with the old one and clears failed attempts. */
    public void setPassword(long id, String passwordHash, boolean mustChange) {
        String username = jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = ?, session_version = session_version + 1
                 where id = ? returning username""")
                .params(passwordHash, mustChange, id).query(String.class).single();
        jdbc.sql("delete from login_failure where username = ?").param(username).update();
    }

    public void endSessions(long id) {
        jdbc.sql("update app_user set session_version = session_version + 1 where id = ?").param(id).update();
    }

    /** A new address is not verified yet; a pending verification of the old one is void. Null removes the address. */
    public void setEmail(long id, @Nullable String email) {
        jdbc.sql("update app_user set email = ?, email_verified_at = null where id = ?").param(email).param(id).update();
        jdbc.sql("delete from email_verification where user_id = ?").param(id).update();
    }

    /** A link that reached the address it was mailed to proves the account's address, if it is still that one. */
    public void verifyEmailReachedBy(long id, String sentTo, Instant at) {
        jdbc.sql("""
                update app_user set email_verified_at = ?
                 where id = ? and email_verified_at is null and lower(email) = lower(?)""")
                .params(Timestamp.from(at), id, sentTo).update();
    }

    /**
     * Deletes the account; foreign keys take every row that names it, failed sign-ins go by username and its wrong
     * join codes by its id (JoinCodeThrottle keys them so).
     */
    public void delete(long id, String username) {
        jdbc.sql("delete from login_failure where username = ? or (scope = 'JOIN_ACCOUNT' and username = ?)")
                .params(username, "#" + id).update();
        jdbc.sql("delete from app_user where id = ?").param(id).update();
    }
}
