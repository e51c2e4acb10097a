package org.doorstep.base.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.base.Mail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Turns a mail's kind and arguments into its subject, plain text and simple HTML, in its language. */
@Component
public class MailRenderer {

    /** The rendered parts, as stored in the outbox. */
    public record Rendered(String subject, String text, String html) {
    }

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    public Rendered render(Mail mail) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, mail.locale());
        Object[] arguments = mail.arguments().toArray();
        String subject = format(bundle, "mail." + mail.kind() + ".subject", mail.locale(), arguments);
        String text = format(bundle, "mail." + mail.kind() + ".text", mail.locale(), arguments)
                + "\n\n" + format(bundle, "mail.signature", mail.locale());
        return new Rendered(subject, text, html(subject, text));
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        // Properties files cannot hold a line break literally: the texts write it as \n, which arrives as one.
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The same words as HTML: escaped, paragraphs kept, links clickable. */
    static String html(String subject, String text) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.split("\n\\s*\n")) {
            body.append("<p>").append(linked(HtmlUtils.htmlEscape(paragraph.strip())).replace("\n", "<br>")).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(subject)
                + "</title></head><body style=\"font-family: sans-serif; line-height: 1.5; max-width: 40em\">\n"
                + body + "</body></html>";
    }

    private static String linked(String escaped) {
        Matcher link = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + link.group() + "\">" + link.group() + "</a>"));
        }
        return link.appendTail(out).toString();
    }
}
