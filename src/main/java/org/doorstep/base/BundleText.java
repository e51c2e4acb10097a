package org.doorstep.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Text from the translation bundle where no view is at hand (a CSV's headings, written by a service), worded as
 * Vaadin's provider words it: MessageFormat only when there are arguments.
 */
public final class BundleText {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private BundleText() {
    }

    public static String of(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Several texts under one prefix, in order ("exercise.csv." with "name", "company" …). */
    public static List<String> all(Locale locale, String prefix, String... keys) {
        return Stream.of(keys).map(key -> of(locale, prefix + key)).toList();
    }
}
