package org.doorstep.results;

/** A snapshot refused for a reason the trainee can fix; the key names the message, the field where it shows. */
public class InvalidSnapshotException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidSnapshotException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
