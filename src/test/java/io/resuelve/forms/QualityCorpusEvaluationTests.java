package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coach against a labelled corpus of subjects and descriptions in Spanish, English and Portuguese, good and bad
 * (the seeds' examples among them): every (ticket, rule) pair a careful support lead would flag is a positive.
 * Precision and recall of the "vague or poor" findings (WARNING rules; tips do not count) must stay at or above
 * 95% and 90%.
 */
class QualityCorpusEvaluationTests {

    private final QualityEngine engine = new QualityEngine(QualityRuleBook.load());

    @Test
    void vagueAndPoorFindingsArePreciseAndComplete() throws IOException {
        JsonNode corpus = corpus();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int good = 0;
        int goodWithoutFindings = 0;
        List<String> mistakes = new ArrayList<>();
        for (JsonNode item : corpus) {
            Set<String> expected = new LinkedHashSet<>();
            item.path("expect").forEach(r -> expected.add(r.asString()));
            QualityReport report = engine.check(new QualityRequest(item.path("subject").asString(),
                    item.path("description").asString(), item.path("type").asString(),
                    Locale.forLanguageTag(item.path("language").asString()), item.path("attachments").asInt()),
                    QualityConfig.NONE);
            Set<String> found = new LinkedHashSet<>();
            report.findings().stream().filter(QualityFinding::isProblem).forEach(f -> found.add(f.rule()));
            for (String rule : found) {
                if (expected.contains(rule)) {
                    truePositives++;
                } else {
                    falsePositives++;
                    mistakes.add("false positive " + rule + " on " + item.path("id").asString());
                }
            }
            for (String rule : expected) {
                if (!found.contains(rule)) {
                    falseNegatives++;
                    mistakes.add("missed " + rule + " on " + item.path("id").asString());
                }
            }
            if (expected.isEmpty()) {
                good++;
                goodWithoutFindings += found.isEmpty() ? 1 : 0;
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "Quality coach on %d labelled tickets (%d good): precision %.1f%%, recall %.1f%% "
                + "(%d true positives, %d false positives, %d missed); good tickets without findings: %d of %d%n",
                corpus.size(), good, precision * 100, recall * 100, truePositives, falsePositives, falseNegatives,
                goodWithoutFindings, good);
        mistakes.forEach(m -> System.out.println("  " + m));

        assertThat(corpus.size()).isGreaterThanOrEqualTo(150);
        assertThat(precision).as("precision of vague/poor findings").isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall of vague/poor findings").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theCorpusCoversEveryLanguageAndBothKindsOfTicket() throws IOException {
        JsonNode corpus = corpus();
        for (String language : QualityRuleBook.LANGUAGES) {
            long good = 0;
            long bad = 0;
            for (JsonNode item : corpus) {
                if (item.path("language").asString().equals(language)) {
                    good += item.path("expect").isEmpty() ? 1 : 0;
                    bad += item.path("expect").isEmpty() ? 0 : 1;
                }
            }
            assertThat(good).as("good tickets in " + language).isGreaterThanOrEqualTo(15);
            assertThat(bad).as("poor tickets in " + language).isGreaterThanOrEqualTo(25);
        }
    }

    private static JsonNode corpus() throws IOException {
        try (InputStream in = QualityCorpusEvaluationTests.class.getResourceAsStream("/quality/corpus.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
