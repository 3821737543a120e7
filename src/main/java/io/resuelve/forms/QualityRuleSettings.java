package io.resuelve.forms;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.AdminChangeRecorded;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators add to the quality rules: per request type, whether a rule advises or blocks; per rule and
 * language, extra words. Read on every check (two small queries), so a change applies at once on every node.
 */
@Service
public class QualityRuleSettings {

    static final int MAX_TERM = 200;
    /** The audit log's kind of thing for these settings. */
    static final String AUDIT_TYPE = "QUALITY_RULES";

    private final JdbcTemplate jdbc;
    private final QualityRuleBook book;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QualityRuleSettings(JdbcTemplate jdbc, QualityRuleBook book, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.book = book;
        this.clock = clock;
        this.events = events;
    }

    /** Rule id → mode for one request type; rules not listed advise. */
    public Map<String, QualityMode> modes(String typeCode) {
        Map<String, QualityMode> modes = new LinkedHashMap<>();
        if (typeCode == null) {
            return modes;
        }
        jdbc.query("select rule_id, mode from quality_rule_modes where type_code = ?",
                rs -> {
                    modes.put(rs.getString(1), QualityMode.valueOf(rs.getString(2)));
                }, typeCode);
        return modes;
    }

    /** Type code → rule id → BLOCK, for the administration page. */
    public Map<String, Map<String, QualityMode>> allModes() {
        Map<String, Map<String, QualityMode>> modes = new LinkedHashMap<>();
        jdbc.query("select type_code, rule_id, mode from quality_rule_modes order by type_code, rule_id",
                rs -> {
                    modes.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>()).put(rs.getString(2),
                            QualityMode.valueOf(rs.getString(3)));
                });
        return modes;
    }

    /** Admin: whether {@code rule} only advises or blocks tickets of type {@code typeCode}. */
    @Transactional
    public void setMode(String typeCode, String rule, QualityMode mode, Actor by) {
        requireAdmin(by);
        if (typeCode == null || typeCode.isBlank() || typeCode.length() > 40) {
            throw new InvalidInputException("type", "coach.error.type");
        }
        knownRule(rule);
        jdbc.update("delete from quality_rule_modes where type_code = ? and rule_id = ?", typeCode, rule);
        if (mode == QualityMode.BLOCK) {
            jdbc.update("insert into quality_rule_modes (type_code, rule_id, mode, changed_at, changed_by) "
                    + "values (?, ?, ?, ?, ?)", typeCode, rule, mode.name(), Timestamp.from(clock.instant()),
                    by.userId());
        }
    }

    /**
     * Admin: the whole grid at once — for every type in {@code typeCodes}, the rules in {@code blocking.get(type)}
     * block and every other rule advises.
     */
    @Transactional
    public void saveBlocking(Collection<String> typeCodes, Map<String, Set<String>> blocking,
            Actor by) {
        requireAdmin(by);
        for (String type : typeCodes) {
            Set<String> before = new TreeSet<>(modes(type).keySet());
            for (QualityRuleBook.Rule rule : book.rules()) {
                boolean block = blocking.getOrDefault(type, Set.of()).contains(rule.id());
                setMode(type, rule.id(), block && rule.appliesTo(type) ? QualityMode.BLOCK : QualityMode.ADVISE, by);
            }
            publish(audit(by, "quality.modesChanged", type)
                    .change("blocking", before, new TreeSet<>(modes(type).keySet())));
        }
    }

    /** Every word administrators added, by rule and language. */
    public List<QualityTerm> terms() {
        return jdbc.query("select id, rule_id, language, term from quality_rule_terms order by rule_id, language, term",
                (rs, i) -> new QualityTerm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** Language → rule id → words, as the engine wants them. */
    Map<String, Map<String, List<String>>> termsByLanguage() {
        Map<String, Map<String, List<String>>> terms = new LinkedHashMap<>();
        for (QualityTerm term : terms()) {
            terms.computeIfAbsent(term.language(), l -> new LinkedHashMap<>())
                    .computeIfAbsent(term.rule(), r -> new ArrayList<>()).add(term.term());
        }
        return terms;
    }

    /**
     * Admin: adds a word, phrase or {@code re:} regular expression to a rule's vocabulary in one language.
     *
     * @throws InvalidInputException for a rule that takes no words, an unknown language, an empty or too long term,
     *                               or a regular expression that does not compile
     * @throws ConflictException     when the rule already has that term in that language
     */
    @Transactional
    public QualityTerm addTerm(String rule, String language, String term, Actor by) {
        requireAdmin(by);
        QualityRuleBook.Rule known = knownRule(rule);
        if (!known.extensible()) {
            throw new InvalidInputException("rule", "coach.error.notExtensible");
        }
        if (!QualityRuleBook.LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "coach.error.language");
        }
        String value = term == null ? "" : term.strip();
        if (value.isEmpty() || value.equals("re:") || value.length() > MAX_TERM) {
            throw new InvalidInputException("term", "coach.error.term", MAX_TERM);
        }
        if (value.startsWith("re:")) {
            try {
                Pattern.compile(value.substring(3));
            } catch (PatternSyntaxException e) {
                throw new InvalidInputException("term", "coach.error.regex", e.getDescription());
            }
        }
        try {
            jdbc.update("insert into quality_rule_terms (rule_id, language, term, created_at, created_by) "
                    + "values (?, ?, ?, ?, ?)", rule, language, value, Timestamp.from(clock.instant()), by.userId());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("coach.error.duplicate", value);
        }
        Long id = jdbc.queryForObject("select id from quality_rule_terms where rule_id = ? and language = ? and term = ?",
                Long.class, rule, language, value);
        publish(audit(by, "quality.termAdded", rule).change("term", null, language + ": " + value));
        return new QualityTerm(id, rule, language, value);
    }

    /** Admin: removes a word; removing one that is already gone does nothing. */
    @Transactional
    public void removeTerm(long id, Actor by) {
        requireAdmin(by);
        List<QualityTerm> gone = jdbc.query("select id, rule_id, language, term from quality_rule_terms where id = ?",
                (rs, i) -> new QualityTerm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), id);
        jdbc.update("delete from quality_rule_terms where id = ?", id);
        gone.forEach(t -> publish(audit(by, "quality.termRemoved", t.rule())
                .change("term", t.language() + ": " + t.term(), null)));
    }

    /** Written to the audit log in the change's transaction. */
    private void publish(AdminChangeRecorded.Builder change) {
        if (change.changed()) {
            events.publishEvent(change.build());
        }
    }

    private static AdminChangeRecorded.Builder audit(Actor by, String action, String target) {
        return AdminChangeRecorded.of(by.userId(), by.email(), action, AUDIT_TYPE, target, target);
    }

    private QualityRuleBook.Rule knownRule(String rule) {
        return book.rule(rule).orElseThrow(() -> new InvalidInputException("rule", "coach.error.rule"));
    }

    private static void requireAdmin(Actor by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
