package org.doorstep.security;

/** A change to accounts or the directory refused for a reason the person asking can fix; the key names the message. */
public class AccountException extends RuntimeException {

    /** The input the problem belongs to, so a form can mark that field. */
    public enum Field { DISPLAY_NAME, USERNAME, EMAIL, ORGANISATION, ROLES, TEAMS, PASSWORD, NAME, TRAINER, NONE }

    private final Field field;
    private final String messageKey;

    public AccountException(Field field, String messageKey) {
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
