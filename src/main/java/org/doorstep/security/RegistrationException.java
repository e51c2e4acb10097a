package org.doorstep.security;

/** A registration refused for a reason the person can fix; the key names the message to show. */
public class RegistrationException extends RuntimeException {

    public enum Field { DISPLAY_NAME, USERNAME, EMAIL, PASSWORD, JOIN_CODE }

    private final Field field;
    private final String messageKey;

    public RegistrationException(Field field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
