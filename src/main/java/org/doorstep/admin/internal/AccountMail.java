package org.doorstep.admin.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.doorstep.base.Mail;
import org.doorstep.base.Outbox;
import org.doorstep.base.PublicUrl;
import org.doorstep.security.EmailAddresses;
import org.doorstep.security.MailRecipients;
import org.doorstep.security.MailRecipients.Recipient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What administration mails people: links to choose a password, and a notice whenever an administrator
 * changed their password, roles or address, to the address they verified, in their language. Queued in the
 * caller's transaction, so a refused change mails nothing.
 */
@Component
public class AccountMail {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private final Outbox outbox;
    private final MailRecipients recipients;
    private final PublicUrl publicUrl;

    AccountMail(Outbox outbox, MailRecipients recipients, PublicUrl publicUrl) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.publicUrl = publicUrl;
    }

    public boolean deliveryConfigured() {
        return outbox.deliveryConfigured();
    }

    /** The absolute set-password link of a token. */
    public String setPasswordLink(String token) {
        return publicUrl.link("/set-password?token=" + token);
    }

    /** The address that account mail for this person goes to: the verified one, else the one an administrator entered. */
    public Optional<Recipient> linkRecipient(long userId, @Nullable String email, String displayName) {
        return recipients.verified(userId).or(() -> Optional.ofNullable(email)
                .map(address -> new Recipient(userId, address, displayName, Locale.UK, false)));
    }

    public void invitation(Recipient to, String username, String link) {
        queue(to, "invitation", to.displayName(), username, link);
    }

    /** A new account whose first password the administrator hands over: the mail says so, never the password. */
    public void accountCreated(Recipient to, String username) {
        queue(to, "account-created", to.displayName(), username, publicUrl.link("/login"));
    }

    public void resetLink(Recipient to, String link) {
        queue(to, "reset-link", to.displayName(), link);
    }

    public void passwordSet(long userId) {
        recipients.verified(userId).ifPresent(to -> queue(to, "password-set", to.displayName(), publicUrl.link("/login")));
    }

    public void rolesChanged(long userId, Set<String> roles) {
        recipients.verified(userId).ifPresent(to -> queue(to, "roles-changed", to.displayName(), roleNames(roles, to.locale())));
    }

    /** To the old address (the one verified before the change), naming the new one only masked. */
    public void emailChanged(Optional<Recipient> before, @Nullable String newAddress) {
        before.ifPresent(to -> queue(to, "email-changed", to.displayName(),
                newAddress == null ? "—" : EmailAddresses.masked(newAddress)));
    }

    public Optional<Recipient> verified(long userId) {
        return recipients.verified(userId);
    }

    private void queue(Recipient to, String kind, Object... arguments) {
        outbox.queue(new Mail(to.email(), to.userId(), to.locale(), kind, List.of(arguments)));
    }

    private static String roleNames(Set<String> roles, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new TreeSet<>(roles).stream().map(role -> bundle.getString("admin.role." + role)).collect(Collectors.joining(", "));
    }
}
