package io.resuelve.forms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.resuelve.catalog.BrandView;
import io.resuelve.catalog.Catalog;
import io.resuelve.forms.QualityRuleBook.Rule;
import org.springframework.stereotype.Service;

/**
 * The quality coach (seeds 001, 003 and 004): reads a ticket's subject and description as the customer writes them
 * and again on submit, and says what would make it a ticket support can act on — each finding with why it matters,
 * how to fix it and an example, in the customer's language. The same engine serves the form, the API and the score
 * stored on every new ticket.
 */
@Service
public class QualityCoach {

    private static final Duration CATALOGUE_FRESH = Duration.ofMinutes(1);

    private final QualityEngine engine;
    private final QualityRuleSettings settings;
    private final Catalog catalog;
    private final Clock clock;
    private volatile CachedNames names = new CachedNames(List.of(), Instant.MIN);

    QualityCoach(QualityEngine engine, QualityRuleSettings settings, Catalog catalog, Clock clock) {
        this.engine = engine;
        this.settings = settings;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Checks a ticket as typed, with no files attached.
     *
     * @param typeCode the request type's code ({@code DEFECTO}…), or {@code null} when none was chosen
     * @param locale   the language of the findings (es, en, pt; others get Spanish)
     */
    public QualityReport check(String subject, String description, String typeCode, Locale locale) {
        return check(subject, description, typeCode, locale, 0);
    }

    /** As {@link #check(String, String, String, Locale)}, counting {@code attachments} files as evidence. */
    public QualityReport check(String subject, String description, String typeCode, Locale locale, int attachments) {
        return check(subject, description, typeCode, locale, attachments, List.of());
    }

    /**
     * As {@link #check(String, String, String, Locale, int)}, with the texts of the type's own fields (the steps of
     * a defect, the error code of an exchange error…), which count as part of the description's content.
     */
    public QualityReport check(String subject, String description, String typeCode, Locale locale, int attachments,
            Collection<String> details) {
        String type = typeCode == null || typeCode.isBlank() ? null : typeCode.strip().toUpperCase(Locale.ROOT);
        QualityConfig config = new QualityConfig(settings.modes(type), settings.termsByLanguage(), productNames());
        String detailText = details == null ? "" : String.join("\n", details.stream()
                .filter(d -> d != null && !d.isBlank()).toList());
        return engine.check(new QualityRequest(subject, description, type, locale, Math.max(0, attachments),
                detailText), config);
    }

    /**
     * The findings stored on a ticket (rule ids) written out in {@code locale}, for the agent's panel; ids of rules
     * that no longer exist are left out.
     */
    public List<QualityFinding> describe(Collection<String> rules, Locale locale) {
        String language = new QualityRequest("", "", null, locale, 0).language();
        QualityRuleBook.Language texts = engine.book().language(language);
        List<QualityFinding> findings = new ArrayList<>();
        for (String id : rules) {
            Optional<Rule> rule = engine.book().rule(id);
            if (rule.isPresent()) {
                QualityRuleBook.Texts t = texts.texts(id);
                // the aspects a message names ("le falta qué y cuándo") are not stored: the rule's name says it
                String message = t.message().contains("{0}") ? t.name() + "." : t.message();
                findings.add(new QualityFinding(id, rule.get().problem() ? QualitySeverity.WARNING
                        : QualitySeverity.INFO, message, t.why(), t.fix(), t.example()));
            }
        }
        return findings;
    }

    /**
     * The items of "Devolver al solicitante" ({@code subject}, {@code description}, {@code steps}…) that findings
     * of real shortcomings stand for (tips ask for nothing), in the order of the rules.
     */
    public List<String> missingItems(Collection<String> rules) {
        Set<String> items = new LinkedHashSet<>();
        for (Rule rule : engine.book().rules()) {
            if (rule.problem() && rules.contains(rule.id())) {
                items.addAll(rule.missing());
            }
        }
        return List.copyOf(items);
    }

    /** The rules with their texts in {@code locale}, for the administration page. */
    public List<QualityRuleView> rules(Locale locale) {
        String language = new QualityRequest("", "", null, locale, 0).language();
        QualityRuleBook.Language texts = engine.book().language(language);
        return engine.book().rules().stream().map(r -> new QualityRuleView(r.id(), texts.texts(r.id()).name(),
                r.problem(), r.weight(), List.copyOf(r.types()), texts.texts(r.id()).message().replace("{0}", "…"),
                r.extensible() ? texts.texts(r.id()).terms() : null)).toList();
    }

    private List<String> productNames() {
        CachedNames cached = names;
        Instant now = clock.instant();
        if (cached.at().plus(CATALOGUE_FRESH).isAfter(now)) {
            return cached.names();
        }
        List<String> fresh = new ArrayList<>();
        for (BrandView brand : catalog.brands()) {
            fresh.add(brand.name());
            catalog.products(brand.id()).forEach(p -> fresh.add(p.name()));
        }
        names = new CachedNames(List.copyOf(fresh), now);
        return names.names();
    }

    private record CachedNames(List<String> names, Instant at) {
    }
}
