package org.doorstep.base;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** A refusal's message as an English-speaking person reads it, for tests without a UI: the bundle as Vaadin formats it. */
public final class RefusalText {

    private static final Properties BUNDLE = new Properties();

    static {
        try (Reader in = new InputStreamReader(RefusalText.class.getResourceAsStream("/vaadin-i18n/translations.properties"),
                StandardCharsets.UTF_8)) {
            BUNDLE.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RefusalText() {
    }

    public static String english(Refusal refused) {
        String pattern = BUNDLE.getProperty(refused.messageKey());
        if (pattern == null) {
            throw new AssertionError("No message in the bundle for " + refused.messageKey());
        }
        // As Vaadin's DefaultI18NProvider: MessageFormat only when there are arguments.
        Object[] arguments = refused.arguments();
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }
}
