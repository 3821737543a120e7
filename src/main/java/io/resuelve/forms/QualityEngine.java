package io.resuelve.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.resuelve.forms.QualityRuleBook.Language;
import io.resuelve.forms.QualityRuleBook.Rule;
import io.resuelve.forms.QualityRuleBook.Texts;
import io.resuelve.forms.QualityText.Lexicon;

/**
 * The quality coach's engine, pure: rules from the rule book, administrators' additions and the catalogue's names
 * come in as {@link QualityConfig}. The text is read with the vocabulary of the language it is written in; the
 * findings are written in the language asked for. The score starts at 100 and loses each finding's weight.
 */
final class QualityEngine {

    /** Request types that report something going wrong: they must say what, where and when. */
    static final Set<String> INCIDENT_TYPES = Set.of("ERROR_INTERCAMBIO", "DEFECTO", "PROBLEMA_APARIENCIA");

    private final QualityRuleBook book;
    private final Map<String, Lexicon> compiled = new ConcurrentHashMap<>();

    QualityEngine(QualityRuleBook book) {
        this.book = book;
    }

    QualityRuleBook book() {
        return book;
    }

    QualityReport check(QualityRequest request, QualityConfig config) {
        String textLanguage = QualityText.guessLanguage(request.subject() + "\n" + request.description(),
                request.language());
        Language words = book.language(textLanguage);
        Language out = book.language(request.language());
        QualityAnalysis analysis = new QualityAnalysis(request, list -> vocabulary(words, list, config),
                Set.copyOf(words.words("filler")), acronyms(config), Set.copyOf(words.words("labels")));

        List<QualityFinding> findings = new ArrayList<>();
        int score = 100;
        boolean blocked = false;
        for (Rule rule : book.rules()) {
            if (!rule.appliesTo(request.typeCode())) {
                continue;
            }
            List<String> aspects = detect(rule.id(), analysis, request.typeCode());
            if (aspects == null) {
                continue;
            }
            QualitySeverity severity = config.mode(rule.id()) == QualityMode.BLOCK ? QualitySeverity.BLOCKING
                    : rule.problem() ? QualitySeverity.WARNING : QualitySeverity.INFO;
            blocked |= severity == QualitySeverity.BLOCKING;
            score -= rule.weight();
            Texts texts = out.texts(rule.id());
            String list = aspects.stream().map(a -> out.aspects().getOrDefault(a, a))
                    .collect(Collectors.joining(out.aspects().getOrDefault("join", ", ")));
            findings.add(new QualityFinding(rule.id(), severity, texts.message().replace("{0}", list), texts.why(),
                    texts.fix(), texts.example()));
        }
        findings.sort(Comparator.comparing(QualityFinding::severity).reversed());
        return new QualityReport(Math.max(0, score), findings, blocked);
    }

    /** {@code null}: nothing found; otherwise the aspects the finding names (often none). */
    private static List<String> detect(String rule, QualityAnalysis ticket, String type) {
        boolean incident = type == null || INCIDENT_TYPES.contains(type);
        switch (rule) {
            case "subject.vague":
                return ticket.vagueSubject() ? List.of() : null;
            case "subject.short":
                return !ticket.vagueSubject() && ticket.shortSubject() ? List.of() : null;
            case "text.shouting":
                return ticket.shouting() ? List.of() : null;
            case "text.punctuation":
                return ticket.repeatedMarks() ? List.of() : null;
            case "description.context":
                return nonEmpty(ticket.missingContext(incident));
            case "defect.reproduction":
                return nonEmpty(ticket.missingReproduction());
            case "error.evidence":
                return ticket.lacksEvidence() ? List.of() : null;
            case "reference.context":
                return ticket.referenceWithoutContext() ? List.of() : null;
            case "text.urgency":
                return ticket.urgent() ? List.of() : null;
            case "description.impact":
                return ticket.lacksImpact() ? List.of() : null;
            case "request.purpose":
                return ticket.lacksPurpose() ? List.of() : null;
            default:
                // a rule in the files this engine does not know how to check yet
                return null;
        }
    }

    private static List<String> nonEmpty(List<String> aspects) {
        return aspects.isEmpty() ? null : aspects;
    }

    private Lexicon vocabulary(Language language, String list, QualityConfig config) {
        Lexicon base = compiled.computeIfAbsent(language.code() + ":" + list,
                key -> new Lexicon(language.words(list)));
        List<String> extra = new ArrayList<>();
        for (Rule rule : book.rules()) {
            if (list.equals(rule.extendsList())) {
                extra.addAll(config.terms(language.code(), rule.id()));
            }
        }
        if (list.equals("products")) {
            extra.addAll(config.productNames());
        }
        return base.plus(extra);
    }

    /** Acronyms are acronyms in every language: SUNAT in an English ticket is not shouting. */
    private Set<String> acronyms(QualityConfig config) {
        Set<String> acronyms = new HashSet<>();
        for (String code : QualityRuleBook.LANGUAGES) {
            book.language(code).words("acronyms").forEach(a -> acronyms.add(QualityText.fold(a).toUpperCase(Locale.ROOT)));
            config.terms(code, "text.shouting")
                    .forEach(a -> acronyms.add(QualityText.fold(a).trim().toUpperCase(Locale.ROOT)));
        }
        return acronyms;
    }
}
