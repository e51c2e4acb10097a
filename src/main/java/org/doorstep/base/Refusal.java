package org.doorstep.base;

import java.util.Arrays;

/**
 * A request refused for a reason the person asking can fix; nothing was changed. The message is a bundle key with
 * its arguments, so a view shows it in the person's language ({@code getTranslation(messageKey(), arguments())});
 * the field names the input it belongs to, so a form can mark that input.
 */
public class Refusal extends RuntimeException {

    /** The field of a refusal that belongs to the request as a whole rather than to one input. */
    public static final String WHOLE_REQUEST = "";

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public Refusal(String field, String messageKey, Object... arguments) {
        super((field.isEmpty() ? "" : field + ": ") + messageKey
                + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A refusal of the request as a whole. */
    public static Refusal of(String messageKey, Object... arguments) {
        return new Refusal(WHOLE_REQUEST, messageKey, arguments);
    }

    /** The input the problem belongs to ("email", "startsAt"), or {@link #WHOLE_REQUEST}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names (a limit, a line number, a file's name), in the order the bundle numbers them. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
