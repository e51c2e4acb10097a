package org.doorstep.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deque's axe-core (src/test/resources/axe, from the npm registry) run in the page as it is shown, through Vaadin's
 * shadow roots.
 */
final class Axe {

    private static final String SCRIPT = load();

    /** One rule broken on a page: how bad (minor, moderate, serious, critical), which rule, and where. */
    record Violation(String impact, String rule, String help, int nodes, String firstTarget) {

        boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + nodes + " element(s), first " + firstTarget;
        }
    }

    private Axe() {
    }

    /** Every WCAG 2.0 and 2.1 A and AA rule. */
    static List<Violation> check(ChromeDriver browser) {
        return run(browser, "{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}");
    }

    /** Only the rules a change of colours can break: the page's structure is checked in the other theme. */
    static List<Violation> checkColours(ChromeDriver browser) {
        return run(browser, "{type: 'rule', values: ['color-contrast', 'link-in-text-block']}");
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> run(ChromeDriver browser, String rules) {
        // Vaadin's development tools (Copilot) are on the test pages only; production pages have none of them.
        browser.executeScript("""
                document.querySelectorAll('*').forEach(element => {
                    if (/^(copilot-|vaadin-dev-)/.test(element.localName)) element.remove();
                });""");
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
            // Through the driver, not a <script> tag, so the page's content security policy is left as it is.
            browser.executeScript(SCRIPT);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: %s, resultTypes: ['violations']})
                   .then(result => done(result.violations.map(v => ({impact: v.impact || 'minor', rule: v.id,
                        help: v.help, nodes: v.nodes.length, first: JSON.stringify(v.nodes[0].target)}))))
                   .catch(error => done([{impact: 'critical', rule: 'axe-failed', help: String(error), nodes: 0,
                        first: ''}]));""".formatted(rules));
        return found.stream().map(v -> new Violation((String) v.get("impact"), (String) v.get("rule"),
                (String) v.get("help"), ((Number) v.get("nodes")).intValue(), (String) v.get("first"))).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
