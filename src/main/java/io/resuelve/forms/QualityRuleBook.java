package io.resuelve.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality coach's rules as data: {@code quality/rules.json} says what each rule costs and which request types it
 * applies to; {@code quality/rules_<language>.json} holds each language's texts (message, why, how to fix it, an
 * example) and the vocabulary the checks look for. Loaded once from the classpath; administrators add words on top
 * (stored in the database, see {@link QualityRuleSettings}).
 */
final class QualityRuleBook {

    /** The languages the coach speaks; the first is the fallback. */
    static final List<String> LANGUAGES = List.of("es", "en", "pt");

    private final List<Rule> rules;
    private final Map<String, Language> languages;

    QualityRuleBook(List<Rule> rules, Map<String, Language> languages) {
        this.rules = List.copyOf(rules);
        this.languages = Map.copyOf(languages);
    }

    /** Reads the rule files from {@code quality/} on the classpath. */
    static QualityRuleBook load() {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode definitions = read(json, "quality/rules.json");
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : definitions.path("rules")) {
            rules.add(new Rule(rule.path("id").asString(), "problem".equals(rule.path("kind").asString()),
                    rule.path("weight").asInt(), strings(rule.path("types")), List.copyOf(strings(rule.path("missing"))),
                    rule.path("extends").isMissingNode() ? null : rule.path("extends").asString()));
        }
        Map<String, Language> languages = new LinkedHashMap<>();
        for (String code : LANGUAGES) {
            JsonNode file = read(json, "quality/rules_" + code + ".json");
            Map<String, String> aspects = new LinkedHashMap<>();
            file.path("aspects").properties().forEach(e -> aspects.put(e.getKey(), e.getValue().asString()));
            Map<String, List<String>> lexicon = new LinkedHashMap<>();
            file.path("lexicon").properties()
                    .forEach(e -> lexicon.put(e.getKey(), List.copyOf(strings(e.getValue()))));
            Map<String, Texts> texts = new LinkedHashMap<>();
            for (Rule rule : rules) {
                JsonNode node = file.path("rules").path(rule.id());
                if (node.isMissingNode()) {
                    throw new IllegalStateException("quality/rules_" + code + ".json has no texts for " + rule.id());
                }
                texts.put(rule.id(), new Texts(node.path("name").asString(), node.path("message").asString(), node.path("why").asString(),
                        node.path("fix").asString(), node.path("example").asString(),
                        node.path("terms").isMissingNode() ? null : node.path("terms").asString()));
            }
            languages.put(code, new Language(code, aspects, lexicon, texts));
        }
        return new QualityRuleBook(rules, languages);
    }

    List<Rule> rules() {
        return rules;
    }

    Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The language's texts and vocabulary; an unknown language gets Spanish. */
    Language language(String code) {
        return languages.getOrDefault(code, languages.get(LANGUAGES.get(0)));
    }

    private static JsonNode read(JsonMapper json, String resource) {
        try (InputStream in = QualityRuleBook.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    /**
     * A rule: {@code problem} rules are shortcomings (WARNING, or BLOCKING where chosen), the others tips (INFO);
     * {@code types} empty means every request type; {@code missing} are the "Devolver al solicitante" items it
     * stands for; {@code extendsList} is the vocabulary words added by administrators go to ({@code null}: none).
     */
    record Rule(String id, boolean problem, int weight, Set<String> types, List<String> missing,
            String extendsList) {

        boolean appliesTo(String typeCode) {
            return types.isEmpty() || (typeCode != null && types.contains(typeCode));
        }

        /** Whether administrators may add words to it (each language's texts say what the words mean). */
        boolean extensible() {
            return extendsList != null;
        }
    }

    /** What a rule says, in one language; {@code terms} explains what words added by administrators do. */
    record Texts(String name, String message, String why, String fix, String example, String terms) {
    }

    /** One language's texts and vocabulary. */
    record Language(String code, Map<String, String> aspects, Map<String, List<String>> lexicon,
            Map<String, Texts> texts) {

        List<String> words(String list) {
            return lexicon.getOrDefault(list, List.of());
        }

        Texts texts(String rule) {
            return texts.get(rule);
        }
    }
}
