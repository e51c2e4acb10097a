package org.doorstep.base.ui;

import com.vaadin.flow.component.html.Div;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Authored Markdown as HTML. Raw HTML in the source is escaped and unsafe link schemes
 * (javascript:) dropped, so content can format text but never run anything.
 */
public class MarkdownText extends Div {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public MarkdownText(String markdown) {
        addClassName("markdown");
        getElement().setProperty("innerHTML", html(markdown));
    }

    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
