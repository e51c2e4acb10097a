package org.doorstep.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The languages the translation bundle has: its default file is British English, and each
 * translations_xx.properties beside it adds one. Adding a file adds the language to the settings page.
 */
public final class BundleLanguages {

    private static final Pattern FILE = Pattern.compile("translations(?:_([A-Za-z0-9_]+))?\\.properties");
    private static final List<Locale> LANGUAGES = scan();

    private BundleLanguages() {
    }

    public static List<Locale> all() {
        return LANGUAGES;
    }

    private static List<Locale> scan() {
        List<Locale> found = new ArrayList<>();
        found.add(Locale.UK);
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:vaadin-i18n/translations*.properties")) {
                Matcher name = FILE.matcher(String.valueOf(file.getFilename()));
                if (name.matches() && name.group(1) != null) {
                    Locale language = Locale.forLanguageTag(name.group(1).replace('_', '-'));
                    if (!found.contains(language)) {
                        found.add(language);
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return List.copyOf(found);
    }
}
