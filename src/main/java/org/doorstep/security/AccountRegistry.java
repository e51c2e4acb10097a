package org.doorstep.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorstep.base.Outbox;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.internal.AccountStore;
import org.doorstep.security.internal.AccountStore.Account;
import org.doorstep.security.internal.PasswordHashes;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of accounts and credentials for administrators: creation, roles, teams, activation,
 * passwords, e-mail addresses and deletion, each under the same rules as registration. Callers keep their
 * own rules on top (an administrator cannot lock themselves out) and record the audit entry.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Outbox outbox;

    AccountRegistry(AccountStore accounts, PasswordPolicy policy, PasswordEncoder encoder, Outbox outbox) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.outbox = outbox;
    }

    /** The problem with a password for this person, for checking as it is typed. */
    @Transactional(readOnly = true)
    public Optional<String> passwordProblem(String password, String username, String displayName) {
        return problem(policy, password, username, displayName);
    }

    /** The one password check of every way to an account (registration, an administrator, a link). */
    static Optional<String> problem(PasswordPolicy policy, String password, String username, String displayName) {
        return policy.problem(password, Usernames.normalise(username), Usernames.cleanDisplayName(displayName));
    }

    /** Creates the account; throws with the first problem found, nothing stored. */
    @Transactional
    public CreatedAccount create(NewAccount form) {
        String displayName = Usernames.cleanDisplayName(form.displayName());
        if (!Usernames.isValidDisplayName(displayName)) {
            throw new Refusal("displayName", "register.name.invalid");
        }
        String username = Usernames.normalise(form.username());
        if (!Usernames.isValid(username)) {
            throw new Refusal("username", "register.username.invalid");
        }
        String email = validEmail(form.email());
        if (form.organisationId() == null || !accounts.organisationExists(form.organisationId())) {
            throw new Refusal("organisation", "admin.user.organisation.missing");
        }
        Set<String> roles = validRoles(form.roles());
        Set<Long> memberOf = orEmpty(form.memberOf());
        Set<Long> managerOf = orEmpty(form.managerOf());
        List<String> teams = checkTeams(memberOf, managerOf, form.organisationId());
        String password = form.password();
        if (password != null) {
            policy.problem(password, username, displayName).ifPresent(key -> {
                throw new Refusal("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
            });
        }
        if (accounts.usernameTaken(username)) {
            throw new Refusal("username", "register.username.taken");
        }
        if (email != null && accounts.emailTaken(email, null)) {
            throw new Refusal("email", "account.email.taken");
        }
        long id;
        try {
            // A password the administrator chose is theirs too: the person replaces it after signing in.
            id = accounts.insert(username, displayName, PasswordHashes.hash(encoder, password != null ? password : unknowable()),
                    form.organisationId(), email, password != null);
        } catch (DuplicateKeyException raceWithSameNameOrAddress) {
            throw email != null && accounts.emailTaken(email, null) && !accounts.usernameTaken(username)
                    ? new Refusal("email", "account.email.taken")
                    : new Refusal("username", "register.username.taken");
        }
        accounts.setRoles(id, roles);
        accounts.setTeams(id, memberOf, managerOf);
        return new CreatedAccount(id, username, displayName, email, roles, teams);
    }

    /** Replaces the roles; true when they changed. A removed role must not linger in the person's open sessions. */
    @Transactional
    public boolean setRoles(long userId, Set<String> roles) {
        Set<String> wanted = validRoles(roles);
        existing(userId);
        if (wanted.equals(accounts.roles(userId))) {
            return false;
        }
        accounts.setRoles(userId, wanted);
        // One's own session keeps going (an administrator keeps their administrator role anyway).
        if (userId != SignedInUser.currentId()) {
            accounts.endSessions(userId);
        }
        return true;
    }

    /** Replaces the teams the account is in and manages, among its organisation's teams. */
    @Transactional
    public void setTeams(long userId, Set<Long> memberOf, Set<Long> managerOf) {
        Account account = existing(userId);
        Set<Long> members = orEmpty(memberOf);
        Set<Long> managed = orEmpty(managerOf);
        checkTeams(members, managed, account.organisationId());
        accounts.setTeams(userId, members, managed);
    }

    /** Deactivating ends the sessions and withdraws set-password links; true when the state changed. */
    @Transactional
    public boolean setActive(long userId, boolean active) {
        existing(userId);
        return accounts.setActive(userId, active);
    }

    /** A password the administrator chose: it ends the sessions, and the person must replace it after signing in. */
    @Transactional
    public void setPassword(long userId, String password) {
        Account account = existing(userId);
        policy.problem(password, account.username(), account.displayName()).ifPresent(key -> {
            throw new Refusal("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        accounts.setPassword(userId, PasswordHashes.hash(encoder, password), true);
    }

    /** A new address, not verified until the person proves it; true when it changed. Empty removes it where allowed. */
    @Transactional
    public boolean setEmail(long userId, String email) {
        Account account = existing(userId);
        String wanted = validEmail(email);
        if (wanted == null ? account.email() == null : wanted.equals(account.email())) {
            return false;
        }
        if (wanted != null && accounts.emailTaken(wanted, userId)) {
            throw new Refusal("email", "account.email.taken");
        }
        accounts.setEmail(userId, wanted);
        return true;
    }

    /** Deletes the account and every row about it. */
    @Transactional
    public void delete(long userId) {
        Account account = existing(userId);
        accounts.delete(userId, account.username());
    }

    private Account existing(long userId) {
        return accounts.find(userId).orElseThrow(() -> Refusal.of("admin.user.gone"));
    }

    /** The address to store, or null for none; required when mail can be delivered. */
    private @Nullable String validEmail(@Nullable String email) {
        String clean = EmailAddresses.clean(email);
        if (clean.isEmpty()) {
            if (outbox.deliveryConfigured()) {
                throw new Refusal("email", "account.email.required");
            }
            return null;
        }
        if (!EmailAddresses.isValid(clean)) {
            throw new Refusal("email", "account.email.invalid");
        }
        return clean;
    }

    private static Set<String> validRoles(Set<String> roles) {
        if (roles == null || roles.stream().noneMatch(Roles.ALL::contains)) {
            throw new Refusal("roles", "admin.user.roles.none");
        }
        if (!roles.stream().allMatch(role -> Roles.ALL.contains(role) || Roles.CONTENT_EDITOR.equals(role))) {
            throw new IllegalArgumentException("Unknown role in " + roles);
        }
        // Publishing is granted to trainers; administrators hold it anyway.
        if (roles.contains(Roles.CONTENT_EDITOR) && !roles.contains(Roles.TRAINER) && !roles.contains(Roles.ADMIN)) {
            throw new Refusal("roles", "admin.user.roles.editor-needs-trainer");
        }
        return Set.copyOf(roles);
    }

    private List<String> checkTeams(Set<Long> memberOf, Set<Long> managerOf, Long organisationId) {
        Set<Long> all = new HashSet<>(memberOf);
        all.addAll(managerOf);
        List<String> names = all.isEmpty() ? List.of() : accounts.teamNames(all, organisationId);
        if (names.size() != all.size()) {
            throw new Refusal("teams", "admin.user.teams.other-organisation");
        }
        return names;
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : Set.copyOf(set);
    }

    /** A password nobody knows, for an account whose person chooses theirs through a link. */
    static String unknowable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
