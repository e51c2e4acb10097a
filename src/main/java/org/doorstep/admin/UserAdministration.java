package org.doorstep.admin;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.doorstep.admin.AdminException.Field;
import org.doorstep.admin.internal.DirectoryStore;
import org.doorstep.admin.internal.UserStore;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.PasswordLinks;
import org.doorstep.security.PasswordPolicy;
import org.doorstep.security.Usernames;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as administrators look after them: list, create, roles, teams, deactivation and passwords.
 * Every change is audited. An administrator cannot lock themselves out: they keep their own administrator
 * role and cannot deactivate their own account.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    private final UserStore users;
    private final DirectoryStore directory;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final PasswordLinks links;
    private final AuditTrail audit;

    UserAdministration(UserStore users, DirectoryStore directory, PasswordPolicy policy, PasswordEncoder encoder,
            PasswordLinks links, AuditTrail audit) {
        this.users = users;
        this.directory = directory;
        this.policy = policy;
        this.encoder = encoder;
        this.links = links;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UserRow> users(UserFilter filter, int offset, int limit) {
        return users.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countUsers(UserFilter filter) {
        return users.count(filter);
    }

    @Transactional(readOnly = true)
    public Optional<UserDetail> user(long id) {
        return users.detail(id, SignedInUser.currentId());
    }

    /** The problem with a password for this person, for checking as the administrator types. */
    @Transactional(readOnly = true)
    public Optional<String> passwordProblem(String password, String username, String displayName) {
        return policy.problem(password, Usernames.normalise(username), Usernames.cleanDisplayName(displayName));
    }

    /** Creates an account; without a password it gets an invitation link to choose one. */
    @Transactional
    public CreatedUser create(NewUser form) {
        String displayName = Usernames.cleanDisplayName(form.displayName());
        if (!Usernames.isValidDisplayName(displayName)) {
            throw new AdminException(Field.DISPLAY_NAME, "register.name.invalid");
        }
        String username = Usernames.normalise(form.username());
        if (!Usernames.isValid(username)) {
            throw new AdminException(Field.USERNAME, "register.username.invalid");
        }
        if (form.organisationId() == null || directory.organisationName(form.organisationId()).isEmpty()) {
            throw new AdminException(Field.ORGANISATION, "admin.user.organisation.missing");
        }
        Set<String> roles = validRoles(form.roles());
        Set<Long> memberOf = orEmpty(form.memberOf());
        Set<Long> managerOf = orEmpty(form.managerOf());
        List<String> teamNames = checkTeams(memberOf, managerOf, form.organisationId());
        String password = form.password();
        if (password != null) {
            policy.problem(password, username, displayName).ifPresent(key -> {
                throw new AdminException(Field.PASSWORD, key);
            });
        }
        if (users.usernameTaken(username)) {
            throw new AdminException(Field.USERNAME, "register.username.taken");
        }
        long id;
        try {
            // An invited account's password is a random secret nobody knows until the link sets one.
            id = users.insert(username, displayName, encoder.encode(password != null ? password : unknowable()), form.organisationId());
        } catch (DuplicateKeyException raceWithSameUsername) {
            throw new AdminException(Field.USERNAME, "register.username.taken");
        }
        users.setRoles(id, roles);
        users.setTeams(id, memberOf, managerOf);
        audit.record(AuditTrail.USER_CREATED, id, "Created " + username + " (" + displayName + ") with roles "
                + String.join(", ", new TreeSet<>(roles)) + (teamNames.isEmpty() ? "" : "; teams " + String.join(", ", teamNames))
                + (password != null ? "; password set by the administrator" : "; invitation link issued"));
        Optional<PasswordLink> invitation = Optional.empty();
        if (password == null) {
            PasswordLinks.Issued issued = links.issue(id, PasswordLinks.Purpose.INVITATION);
            invitation = Optional.of(new PasswordLink(issued.token(), issued.expiresAt()));
        }
        return new CreatedUser(id, username, invitation);
    }

    /** Replaces the account's roles; an administrator keeps their own administrator role. */
    @Transactional
    public void setRoles(long userId, Set<String> roles) {
        Set<String> wanted = validRoles(roles);
        Set<String> before = users.roles(existing(userId));
        boolean yourself = userId == SignedInUser.currentId();
        if (yourself && !wanted.contains(Roles.ADMIN)) {
            throw new AdminException(Field.ROLES, "admin.user.roles.keep-own-admin");
        }
        if (wanted.equals(before)) {
            return;
        }
        users.setRoles(userId, wanted);
        // Removed roles must not linger in a signed-in session; your own session keeps going (you keep admin).
        if (!yourself) {
            users.endSessions(userId);
        }
        audit.record(AuditTrail.ROLES_CHANGED, userId, "Roles " + String.join(", ", new TreeSet<>(before)) + " → "
                + String.join(", ", new TreeSet<>(wanted)));
    }

    /** Replaces the teams the account is in and manages, among its organisation's teams. */
    @Transactional
    public void setTeams(long userId, Set<Long> memberOf, Set<Long> managerOf) {
        UserDetail user = user(userId).orElseThrow(() -> new AdminException(Field.NONE, "admin.user.gone"));
        Set<Long> members = orEmpty(memberOf);
        Set<Long> managed = orEmpty(managerOf);
        checkTeams(members, managed, user.organisationId());
        if (members.equals(user.memberOf()) && managed.equals(user.managerOf())) {
            return;
        }
        users.setTeams(userId, members, managed);
        audit.record(AuditTrail.TEAMS_CHANGED, userId, "Member of: " + names(members, user.organisationId())
                + "; manages: " + names(managed, user.organisationId()));
    }

    @Transactional
    public void deactivate(long userId) {
        existing(userId);
        if (userId == SignedInUser.currentId()) {
            throw new AdminException(Field.NONE, "admin.user.deactivate.yourself");
        }
        if (users.setActive(userId, false)) {
            audit.record(AuditTrail.USER_DEACTIVATED, userId, "Deactivated; signed-in sessions ended");
        }
    }

    @Transactional
    public void reactivate(long userId) {
        existing(userId);
        if (users.setActive(userId, true)) {
            audit.record(AuditTrail.USER_REACTIVATED, userId, "Reactivated");
        }
    }

    /** Sets a password the administrator chose; it ends the account's sessions. */
    @Transactional
    public void setPassword(long userId, String password) {
        UserDetail user = user(userId).orElseThrow(() -> new AdminException(Field.NONE, "admin.user.gone"));
        policy.problem(password, user.username(), user.displayName()).ifPresent(key -> {
            throw new AdminException(Field.PASSWORD, key);
        });
        users.setPassword(userId, encoder.encode(password));
        audit.record(AuditTrail.PASSWORD_RESET, userId, "Password set by an administrator; signed-in sessions ended");
    }

    /** A link for the person to choose a new password themselves; the old one works until they do. */
    @Transactional
    public PasswordLink issueResetLink(long userId) {
        existing(userId);
        // A deactivated account's link would fail on arrival: say so now, not to the person later.
        if (!users.active(userId)) {
            throw new AdminException(Field.NONE, "admin.user.password.link.inactive");
        }
        PasswordLinks.Issued issued = links.issue(userId, PasswordLinks.Purpose.RESET);
        audit.record(AuditTrail.PASSWORD_LINK_ISSUED, userId, "Password reset link issued, valid until " + issued.expiresAt());
        return new PasswordLink(issued.token(), issued.expiresAt());
    }

    private long existing(long userId) {
        users.username(userId).orElseThrow(() -> new AdminException(Field.NONE, "admin.user.gone"));
        return userId;
    }

    private static Set<String> validRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AdminException(Field.ROLES, "admin.user.roles.none");
        }
        if (!Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Unknown role in " + roles);
        }
        return Set.copyOf(roles);
    }

    private List<String> checkTeams(Set<Long> memberOf, Set<Long> managerOf, Long organisationId) {
        Set<Long> all = new java.util.HashSet<>(memberOf);
        all.addAll(managerOf);
        List<String> names = all.isEmpty() ? List.of() : users.teamNames(all, organisationId);
        if (names.size() != all.size()) {
            throw new AdminException(Field.TEAMS, "admin.user.teams.other-organisation");
        }
        return names;
    }

    private String names(Set<Long> teams, Long organisationId) {
        return teams.isEmpty() ? "none" : String.join(", ", users.teamNames(teams, organisationId));
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : Set.copyOf(set);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String unknowable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
