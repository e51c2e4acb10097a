package org.doorstep.admin;

import org.doorstep.security.AccountException;

/** An administrator's request refused for a reason they can fix; the key names the message to show. */
public class AdminException extends RuntimeException {

    /** The input the problem belongs to, so a form can mark that field. */
    public enum Field { DISPLAY_NAME, USERNAME, EMAIL, ORGANISATION, ROLES, TEAMS, PASSWORD, NAME, TRAINER, CONFIRMATION, NONE }

    private final Field field;
    private final String messageKey;

    public AdminException(Field field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The security feature's refusal, on the same field, for the administrator's form. */
    static AdminException from(AccountException refused) {
        return new AdminException(Field.valueOf(refused.field().name()), refused.messageKey());
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
