package org.doorstep.workshop;

/** A request the session cannot take (an unknown code, an ended session, a step out of range); a message key. */
public class WorkshopException extends RuntimeException {

    public WorkshopException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
