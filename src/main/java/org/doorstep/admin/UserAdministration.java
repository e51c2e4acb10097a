package org.doorstep.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.doorstep.admin.internal.AccountMail;
import org.doorstep.admin.internal.UserStore;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.AccountRegistry;
import org.doorstep.security.CreatedAccount;
import org.doorstep.security.EmailAddresses;
import org.doorstep.security.MailRecipients.Recipient;
import org.doorstep.security.NewAccount;
import org.doorstep.security.PasswordLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as administrators look after them: list, create, roles, teams, deactivation, passwords and
 * addresses, written through security.AccountRegistry. Every change is audited, and the person is told by
 * mail. An administrator cannot lock themselves out: they keep their own administrator role and cannot
 * deactivate their own account. Links go to the person by mail when mail can be delivered; only otherwise
 * does the administrator see one, to hand over.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    /** Administration's own audit action: an administrator changed a person's address. */
    public static final String EMAIL_CHANGED = "EMAIL_CHANGED";

    private final UserStore users;
    private final AccountRegistry registry;
    private final PasswordLinks links;
    private final AccountMail mail;
    private final AuditTrail audit;

    UserAdministration(UserStore users, AccountRegistry registry, PasswordLinks links, AccountMail mail, AuditTrail audit) {
        this.users = users;
        this.registry = registry;
        this.links = links;
        this.mail = mail;
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
        return registry.passwordProblem(password, username, displayName);
    }

    /** Whether links go to people by mail (and an address is required), or are shown to the administrator. */
    @Transactional(readOnly = true)
    public boolean linksGoByMail() {
        return mail.deliveryConfigured();
    }

    /** Creates an account; without a password it gets an invitation link to choose one. */
    @Transactional
    public CreatedUser create(NewUser form) {
        CreatedAccount created = registry.create(new NewAccount(form.displayName(), form.username(), form.email(),
                form.organisationId(), form.roles(), form.memberOf(), form.managerOf(), form.password()));
        boolean withPassword = form.password() != null;
        boolean byMail = mail.deliveryConfigured() && created.email() != null;
        audit.record(AuditTrail.USER_CREATED, created.id(), "Created " + created.username() + " (" + created.displayName()
                + ") with roles " + String.join(", ", new TreeSet<>(created.roles()))
                + (created.teams().isEmpty() ? "" : "; teams " + String.join(", ", created.teams()))
                + (withPassword ? "; password set by the administrator" : "; invitation link issued")
                + (byMail ? "; mailed to the address given" : ""));
        Optional<Recipient> to = byMail ? mail.linkRecipient(created.id(), created.email(), created.displayName()) : Optional.empty();
        if (withPassword) {
            to.ifPresent(recipient -> mail.accountCreated(recipient, created.username()));
            return new CreatedUser(created.id(), created.username(), Optional.empty());
        }
        PasswordLinks.Issued issued = to.isPresent()
                ? links.issueMailed(created.id(), PasswordLinks.Purpose.INVITATION, to.get().email())
                : links.issue(created.id(), PasswordLinks.Purpose.INVITATION);
        String link = mail.setPasswordLink(issued.token());
        to.ifPresent(recipient -> mail.invitation(recipient, created.username(), link));
        return new CreatedUser(created.id(), created.username(), Optional.of(shownOrSent(link, issued, to)));
    }

    /** Replaces the account's roles; an administrator keeps their own administrator role. */
    @Transactional
    public void setRoles(long userId, Set<String> roles) {
        Set<String> before = users.roles(existing(userId));
        boolean yourself = userId == SignedInUser.currentId();
        if (yourself && roles != null && !roles.isEmpty() && !roles.contains(Roles.ADMIN)) {
            throw new Refusal("roles", "admin.user.roles.keep-own-admin");
        }
        if (!registry.setRoles(userId, roles)) {
            return;
        }
        audit.record(AuditTrail.ROLES_CHANGED, userId, "Roles " + String.join(", ", new TreeSet<>(before)) + " → "
                + String.join(", ", new TreeSet<>(roles)));
        mail.rolesChanged(userId, roles);
    }

    /** Replaces the teams the account is in and manages, among its organisation's teams. */
    @Transactional
    public void setTeams(long userId, Set<Long> memberOf, Set<Long> managerOf) {
        UserDetail user = user(userId).orElseThrow(() -> Refusal.of("admin.user.gone"));
        Set<Long> members = memberOf == null ? Set.of() : Set.copyOf(memberOf);
        Set<Long> managed = managerOf == null ? Set.of() : Set.copyOf(managerOf);
        if (members.equals(user.memberOf()) && managed.equals(user.managerOf())) {
            return;
        }
        registry.setTeams(userId, members, managed);
        audit.record(AuditTrail.TEAMS_CHANGED, userId, "Member of: " + names(members, user.organisationId())
                + "; manages: " + names(managed, user.organisationId()));
    }

    @Transactional
    public void deactivate(long userId) {
        existing(userId);
        if (userId == SignedInUser.currentId()) {
            throw Refusal.of("admin.user.deactivate.yourself");
        }
        if (registry.setActive(userId, false)) {
            audit.record(AuditTrail.USER_DEACTIVATED, userId, "Deactivated; signed-in sessions ended");
        }
    }

    @Transactional
    public void reactivate(long userId) {
        existing(userId);
        if (registry.setActive(userId, true)) {
            audit.record(AuditTrail.USER_REACTIVATED, userId, "Reactivated");
        }
    }

    /** Sets a password the administrator chose; it ends the account's sessions and must be replaced at the next sign-in. */
    @Transactional
    public void setPassword(long userId, String password) {
        existing(userId);
        registry.setPassword(userId, password);
        audit.record(AuditTrail.PASSWORD_RESET, userId, "Password set by an administrator; signed-in sessions ended");
        mail.passwordSet(userId);
    }

    /** A new address for the person, not verified until they prove it; the old verified address is told. */
    @Transactional
    public void setEmail(long userId, String email) {
        existing(userId);
        Optional<Recipient> before = mail.verified(userId);
        if (!registry.setEmail(userId, email)) {
            return;
        }
        String now = users.detail(userId, SignedInUser.currentId()).map(UserDetail::email).orElse(null);
        audit.record(EMAIL_CHANGED, userId, now == null ? "E-mail address removed"
                : "E-mail address changed to " + EmailAddresses.masked(now) + ", not yet verified");
        mail.emailChanged(before, now);
    }

    /** A link for the person to choose a new password themselves; the old one works until they do. */
    @Transactional
    public PasswordLink issueResetLink(long userId) {
        UserDetail user = user(userId).orElseThrow(() -> Refusal.of("admin.user.gone"));
        // A deactivated account's link would fail on arrival: say so now, not to the person later.
        if (!user.active()) {
            throw Refusal.of("admin.user.password.link.inactive");
        }
        Optional<Recipient> to = mail.deliveryConfigured() ? mail.linkRecipient(userId, user.email(), user.displayName()) : Optional.empty();
        PasswordLinks.Issued issued = to.isPresent()
                ? links.issueMailed(userId, PasswordLinks.Purpose.RESET, to.get().email())
                : links.issue(userId, PasswordLinks.Purpose.RESET);
        String link = mail.setPasswordLink(issued.token());
        to.ifPresent(recipient -> mail.resetLink(recipient, link));
        audit.record(AuditTrail.PASSWORD_LINK_ISSUED, userId, "Password reset link issued, valid until " + issued.expiresAt()
                + (to.isPresent() ? "; mailed to the person" : "; shown to the administrator"));
        return shownOrSent(link, issued, to);
    }

    private static PasswordLink shownOrSent(String link, PasswordLinks.Issued issued, Optional<Recipient> to) {
        return to.map(recipient -> new PasswordLink(null, issued.expiresAt(), EmailAddresses.masked(recipient.email())))
                .orElseGet(() -> new PasswordLink(link, issued.expiresAt(), null));
    }

    private long existing(long userId) {
        users.username(userId).orElseThrow(() -> Refusal.of("admin.user.gone"));
        return userId;
    }

    private String names(Set<Long> teams, @Nullable Long organisationId) {
        return teams.isEmpty() ? "none" : String.join(", ", users.teamNames(teams, organisationId));
    }

}
