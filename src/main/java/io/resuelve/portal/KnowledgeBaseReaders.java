package io.resuelve.portal;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ResuelvePrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.i18n.LocaleContextHolder;

/** Who reads the knowledge base from the portal: the person (or nobody), their language and browser session. */
final class KnowledgeBaseReaders {

    private static final String SESSION_KEY = "kb.reader";
    private static final Pattern ROBOTS = Pattern.compile("bot|crawl|spider|slurp|preview|fetch|monitor|curl|wget",
            Pattern.CASE_INSENSITIVE);

    private KnowledgeBaseReaders() {
    }

    static Actor actor(ResuelvePrincipal principal) {
        return principal == null ? null : principal.actor();
    }

    static String language() {
        return LocaleContextHolder.getLocale().getLanguage().toLowerCase(Locale.ROOT);
    }

    /** The anonymous reader's key if they already have one; never starts a session. */
    static String existingKey(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_KEY);
    }

    /** The anonymous reader's key, given with their first vote so each browser session votes once. */
    static String key(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String key = (String) session.getAttribute(SESSION_KEY);
        if (key == null) {
            key = UUID.randomUUID().toString();
            session.setAttribute(SESSION_KEY, key);
        }
        return key;
    }

    /** Whether a view should count: a person's browser, not a crawler, a link preview or an htmx refresh. */
    static boolean countsAsView(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent != null && !agent.isBlank() && !ROBOTS.matcher(agent).find()
                && request.getHeader("HX-Request") == null && !"prefetch".equalsIgnoreCase(request.getHeader("Purpose"))
                && !"prefetch".equalsIgnoreCase(request.getHeader("Sec-Purpose"));
    }
}
