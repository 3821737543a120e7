package io.resuelve.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Runs axe-core (vendored test resource) on the current page and returns its serious and critical findings. */
public final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    /** "rule-id (impact): help — target" for every serious or critical WCAG 2 A/AA violation. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SOURCE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' ')).join(', ') }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: '' }]));
                """);
        List<String> findings = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            String impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                findings.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " — "
                        + violation.get("targets"));
            }
        }
        return findings;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
