package org.doorstep.base;

import java.util.List;

/** A mail opened on the Outbox page: its plain text (empty once erased after sending) and its attachments' names. */
public record OutboxMail(OutboxEntry entry, String text, List<String> attachmentNames) {

    public OutboxMail {
        attachmentNames = List.copyOf(attachmentNames);
    }

    /** Sent mail loses its bodies (they carry one-time links) unless the installation keeps them. */
    public boolean bodyErased() {
        return entry.sent() && text.isEmpty();
    }
}
