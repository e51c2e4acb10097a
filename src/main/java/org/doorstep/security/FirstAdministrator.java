package org.doorstep.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Mail;
import org.doorstep.base.Outbox;
import org.doorstep.base.PublicUrl;
import org.doorstep.base.Roles;
import org.doorstep.security.internal.AccountStore;
import org.doorstep.security.internal.OrganisationStore;
import org.doorstep.security.internal.PasswordHashes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh production database has nobody who could create accounts. When it has no administrator and
 * DOORSTEP_ADMIN_EMAIL is set, the start creates one with a password nobody knows and a one-time link to
 * choose it: mailed when mail can be delivered, otherwise written to the log once. Instances starting
 * together take a transaction-scoped advisory lock, so one of them creates it and the others find it.
 */
@Component
class FirstAdministrator {

    static final Duration LINK_LIFETIME = Duration.ofHours(24);
    static final String DISPLAY_NAME = "Administrator";
    /** Any fixed number; the lock is held until the creating transaction ends. */
    private static final long LOCK = 0x446f6f7273746570L;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    /** What a start did. */
    enum Outcome { NOT_CONFIGURED, ALREADY_THERE, REFUSED, CREATED_AND_MAILED, CREATED_AND_LOGGED }

    private final JdbcClient jdbc;
    private final AccountStore accounts;
    private final OrganisationStore organisations;
    private final PasswordLinks links;
    private final PasswordEncoder encoder;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final String email;
    private final String username;
    private final String organisationName;

    FirstAdministrator(JdbcClient jdbc, AccountStore accounts, OrganisationStore organisations, PasswordLinks links,
            PasswordEncoder encoder, Outbox outbox, PublicUrl publicUrl, AuditTrail audit, PlatformTransactionManager transactions,
            @Value("${doorstep.admin.email:}") String email, @Value("${doorstep.admin.username:admin}") String username,
            @Value("${doorstep.organisation.name:Doorstep}") String organisationName) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organisations = organisations;
        this.links = links;
        this.encoder = encoder;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.email = EmailAddresses.clean(email);
        this.username = Usernames.normalise(username);
        this.organisationName = organisationName == null || organisationName.isBlank() ? "Doorstep" : organisationName.strip();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        ensure();
    }

    /** Creates the administrator unless there is one; the link goes out (or into the log) only once committed. */
    Outcome ensure() {
        if (email.isEmpty()) {
            return Outcome.NOT_CONFIGURED;
        }
        if (!EmailAddresses.isValid(email) || !Usernames.isValid(username)) {
            log.error("No first administrator created: DOORSTEP_ADMIN_EMAIL must be an address such as name@example.com and "
                    + "DOORSTEP_ADMIN_USERNAME 3 to 40 letters, digits, dots, dashes or underscores");
            return Outcome.REFUSED;
        }
        boolean mail = outbox.deliveryConfigured();
        Attempt attempt = transaction.execute(status -> create(mail));
        if (attempt == null || attempt.link() == null) {
            return attempt == null ? Outcome.REFUSED : Objects.requireNonNull(attempt.outcome(), "an attempt without a link says why");
        }
        String link = attempt.link();
        if (mail) {
            log.info("First administrator {} created; a link to choose the password was mailed to {}", username,
                    EmailAddresses.masked(email));
            return Outcome.CREATED_AND_MAILED;
        }
        // No mail server: the log is the only way the link reaches the administrator. It is not a password.
        log.warn("First administrator {} created. No mail server is configured (SPRING_MAIL_HOST), so here is the one-time link "
                + "to choose the password; it works once, for 24 hours, and whoever holds it can sign in as {}: {}",
                username, username, link);
        return Outcome.CREATED_AND_LOGGED;
    }

    /** What one attempt came to: a link for the new administrator (outcome null), or the outcome that stopped it (link null). */
    private record Attempt(@Nullable Outcome outcome, @Nullable String link) {
    }

    /** ALREADY_THERE when an administrator exists, REFUSED when the configuration clashes with an account, else the link. */
    private Attempt create(boolean mail) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).single();
        if (jdbc.sql("select exists (select 1 from user_role r join app_user u on u.id = r.user_id where r.role = ?)")
                .param(Roles.ADMIN).query(Boolean.class).single()) {
            return new Attempt(Outcome.ALREADY_THERE, null);
        }
        if (accounts.usernameTaken(username) || accounts.emailTaken(email, null)) {
            log.error("No first administrator created: an account without the administrator role already has the username {} "
                    + "or the address of DOORSTEP_ADMIN_EMAIL; set DOORSTEP_ADMIN_USERNAME or DOORSTEP_ADMIN_EMAIL to another", username);
            return new Attempt(Outcome.REFUSED, null);
        }
        long organisation = organisations.firstOrganisation().orElseGet(() -> {
            long created = organisations.insertOrganisation(organisationName);
            audit.record(AuditTrail.ORGANISATION_CHANGED, null, "Created organisation " + organisationName + " for the first administrator");
            return created;
        });
        long id = accounts.insert(username, DISPLAY_NAME, PasswordHashes.hash(encoder, AccountRegistry.unknowable()), organisation, email, false);
        accounts.setRoles(id, Set.of(Roles.ADMIN));
        PasswordLinks.Issued issued = links.issueFor(id, PasswordLinks.Purpose.INVITATION, LINK_LIFETIME, mail ? email : null);
        String link = publicUrl.link("/set-password?token=" + issued.token());
        if (mail) {
            outbox.queue(new Mail(email, id, Locale.UK, "first-admin", List.of(DISPLAY_NAME, username, link)));
        }
        audit.record(AuditTrail.USER_CREATED, id, "Created the first administrator " + username + " at start-up; the link to choose"
                + " a password " + (mail ? "was mailed to the address given" : "was written to the log (no mail server)"));
        return new Attempt(null, link);
    }
}
