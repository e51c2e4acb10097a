package org.doorstep.base;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mail to queue: its texts come from the translation bundle in the recipient's language, keys
 * {@code mail.<kind>.subject} and {@code mail.<kind>.text} (MessageFormat, {0}, {1}… are the arguments).
 *
 * @param to the address
 * @param recipientUserId the account it is for, or null (it goes with the account when that is deleted)
 * @param locale the recipient's language
 * @param kind names the texts, e.g. {@code invitation}
 */
public record Mail(String to, @Nullable Long recipientUserId, Locale locale, String kind, List<Object> arguments,
        List<MailAttachment> attachments) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        locale = locale == null ? Locale.UK : locale;
        arguments = List.copyOf(arguments);
        attachments = List.copyOf(attachments);
    }

    public Mail(String to, @Nullable Long recipientUserId, Locale locale, String kind, List<Object> arguments) {
        this(to, recipientUserId, locale, kind, arguments, List.of());
    }

    public record MailAttachment(String fileName, String contentType, byte[] content) {
    }
}
