package org.doorstep.base.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a browser gets while PostgreSQL is away: static, no script or style from the server (nothing else may
 * answer), in the person's language when Doorstep has it, and reloading itself every few seconds.
 */
final class OutagePage {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private OutagePage() {
    }

    static String html(Locale locale, int retrySeconds) {
        ResourceBundle texts = bundle(locale);
        String lang = texts.getLocale() == null || texts.getLocale().toLanguageTag().equals("und") ? "en"
                : texts.getLocale().toLanguageTag();
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="refresh" content="%d">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 15vh auto; padding: 0 1rem;
                       line-height: 1.5; color: #1a1a1a; background: #fff; }
                @media (prefers-color-scheme: dark) { body { color: #eee; background: #1e1e1e; } }
                </style>
                </head>
                <body>
                <main role="alert">
                <h1>%s</h1>
                <p>%s</p>
                <p>%s</p>
                </main>
                </body>
                </html>
                """.formatted(lang, retrySeconds, text(texts, "database.page.title"), text(texts, "database.page.title"),
                text(texts, "database.unavailable"), text(texts, "database.page.retrying", retrySeconds));
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        }
    }

    private static String text(ResourceBundle texts, String key, Object... arguments) {
        String pattern = texts.containsKey(key) ? texts.getString(key) : key;
        return HtmlUtils.htmlEscape(new MessageFormat(pattern, texts.getLocale()).format(arguments));
    }
}
