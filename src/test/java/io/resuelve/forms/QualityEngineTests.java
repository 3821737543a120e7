package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quality coach's engine, rule by rule, with the seeds' own examples. */
class QualityEngineTests {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale EN = Locale.forLanguageTag("en");
    private static final Locale PT = Locale.forLanguageTag("pt-BR");
    private static final String GOOD_DESCRIPTION = "Los pedidos no se están cargando en Ivanova Maria (ruta 1), se emite "
            + "el error 1102 durante el intercambio.";

    private final QualityEngine engine = new QualityEngine(QualityRuleBook.load());

    private QualityReport check(String subject, String description, String type, Locale locale) {
        return engine.check(new QualityRequest(subject, description, type, locale, 0), QualityConfig.NONE);
    }

    @Test
    void seedOnesGoodTicketGetsNoFindingAndFullMarks() {
        QualityReport report = check("No se cargan los pedidos", GOOD_DESCRIPTION, "ERROR_INTERCAMBIO", ES);

        assertThat(report.findings()).isEmpty();
        assertThat(report.score()).isEqualTo(100);
        assertThat(report.blocked()).isFalse();
    }

    @Test
    void seedOnesBadTicketIsVagueShoutingAndWithoutContext() {
        QualityReport report = check("¡URGENTE! Todo está roto!",
                "La agente María tiene una aplicación estropeada en su tableta!", "CONSULTA", ES);

        assertThat(report.rules()).contains("subject.vague", "text.shouting", "description.context");
        assertThat(report.score()).isLessThanOrEqualTo(30);
        QualityFinding context = report.findings().stream().filter(f -> f.rule().equals("description.context"))
                .findFirst().orElseThrow();
        assertThat(context.message()).startsWith("A la descripción le falta").contains("qué ocurre", "cuándo ocurre");
        assertThat(context.example()).isEqualTo(GOOD_DESCRIPTION);
        assertThat(context.why()).contains("La agente María tiene una aplicación estropeada en su tableta!");
    }

    @ParameterizedTest
    @ValueSource(strings = { "No funciona", "Error Janis", "Viene de #FIZ-45678", "Janis caído", "Urgente",
            "¡URGENTE! Todo está roto!", "Error ST-Mobile Trade", "Ayuda!!", "Problema" })
    void seedFoursIncorrectSubjectsAreVague(String subject) {
        assertThat(check(subject, GOOD_DESCRIPTION, "CONSULTA", ES).rules()).contains("subject.vague");
    }

    @ParameterizedTest
    @ValueSource(strings = { "El pedido 456 en Janis figura como facturado pero…",
            "Las imágenes de productos no aparecen como esperamos en…",
            "Necesitamos cambiar un banner en la web, ¿nos comparten un paso a paso?",
            "Ya probamos pickear el pedido 543, pero no nos permite avanzar con…", "No se cargan los pedidos",
            "Notas en Salidas" })
    void seedFoursCorrectSubjectsPass(String subject) {
        assertThat(check(subject, GOOD_DESCRIPTION, "CONSULTA", ES).rules())
                .doesNotContain("subject.vague", "subject.short");
    }

    @Test
    void productNamesFromTheCatalogueSayNoMoreThanTheWordError() {
        QualityConfig catalogue = new QualityConfig(Map.of(), Map.of(), List.of("Contable ERP", "Ruta Móvil"));
        QualityRequest request = new QualityRequest("Error Ruta Móvil", GOOD_DESCRIPTION, "CONSULTA", ES, 0);

        assertThat(engine.check(request, QualityConfig.NONE).rules()).doesNotContain("subject.vague");
        assertThat(engine.check(request, catalogue).rules()).contains("subject.vague");
    }

    @Test
    void capitalsAndRunsOfMarksAreNetiquetteProblemsButAcronymsAndLabelsAreNot() {
        assertThat(check("URGENTE!!! no funciona", "no funciona", "DEFECTO", ES).rules())
                .contains("text.shouting", "text.punctuation");
        assertThat(check("¿¿Cuándo se sincronizan las notas de Salidas????", GOOD_DESCRIPTION, "CONSULTA", ES).rules())
                .contains("text.punctuation");
        assertThat(check("Envío de facturas a la SUNAT desde el ERP", GOOD_DESCRIPTION + " Formato XML o PDF.",
                "CONSULTA", ES).rules()).doesNotContain("text.shouting");
        assertThat(check("El botón GUARDAR no responde en la ficha de cliente", GOOD_DESCRIPTION, "CONSULTA", ES)
                .rules()).doesNotContain("text.shouting");
        assertThat(check("Pedidos de la ruta 1", "En la ruta 1 aparece «ERROR DE CONEXION CON EL SERVIDOR» al "
                + "intercambiar desde hoy.", "CONSULTA", ES).rules()).doesNotContain("text.shouting");
    }

    @Test
    void aDefectNeedsStepsExpectedAndActualResult() {
        QualityReport bare = check("El total del pedido no descuenta el 10 %",
                "Desde ayer el total de los pedidos de la ruta 3 no descuenta el 10 % del cliente 3301.", "DEFECTO", ES);
        QualityFinding reproduction = bare.findings().stream().filter(f -> f.rule().equals("defect.reproduction"))
                .findFirst().orElseThrow();
        assertThat(reproduction.message()).contains("los pasos para reproducirlo", "el resultado esperado");

        QualityReport complete = check("El total del pedido no descuenta el 10 %", "Pasos: 1) Crear un pedido para el "
                + "cliente 3301. 2) Aplicar el descuento «Mayorista 10 %». Esperado: 900. Obtenido: 1000. Desde ayer.",
                "DEFECTO", ES);
        assertThat(complete.rules()).doesNotContain("defect.reproduction", "error.evidence");
        assertThat(check("El total del pedido no descuenta el 10 %", bare.findings().get(0).message(), "CONSULTA", ES)
                .rules()).doesNotContain("defect.reproduction");
    }

    @Test
    void anErrorNeedsAScreenshotOrTheMessageText() {
        String description = "Desde esta mañana, al obtener la base completa en la tableta de la ruta 5, el proceso "
                + "se detiene al 80 % y vuelve a empezar.";
        assertThat(check("No baja la base completa en la ruta 5", description, "ERROR_INTERCAMBIO", ES).findings()
                .stream().filter(QualityFinding::isProblem).map(QualityFinding::rule)).containsExactly("error.evidence");
        QualityRequest withScreenshot = new QualityRequest("No baja la base completa en la ruta 5", description,
                "ERROR_INTERCAMBIO", ES, 1);
        assertThat(engine.check(withScreenshot, QualityConfig.NONE).rules()).doesNotContain("error.evidence");
        assertThat(check("No baja la base completa en la ruta 5", description + " Aparece «Base incompleta (código "
                + "408)».", "ERROR_INTERCAMBIO", ES).rules()).doesNotContain("error.evidence");
    }

    @Test
    void aReferenceToAnotherCaseNeedsContext() {
        assertThat(check("Viene de #FIZ-45678", "Seguimos con el mismo problema del ticket anterior.", "CONSULTA", ES)
                .rules()).contains("reference.context");
        assertThat(check("Pedidos duplicados en la ruta 9, como en #FIZ-45678", "Como en el caso #FIZ-45678, los "
                + "pedidos de la ruta 9 se duplican al intercambiar: hoy el pedido 7781 llegó dos veces al ERP.",
                "CONSULTA", ES).rules()).doesNotContain("reference.context");
    }

    @Test
    void findingsAreWrittenInTheCustomersLanguageWhateverLanguageTheTextIsIn() {
        QualityReport english = check("No funciona", GOOD_DESCRIPTION, "CONSULTA", EN);
        QualityReport portuguese = check("Not working", "Orders are not loading for Ivanova Maria (route 1); error "
                + "1102 is shown during the sync.", "CONSULTA", PT);

        assertThat(english.findings().get(0).message()).isEqualTo("The subject does not say what happens or where.");
        assertThat(english.findings().get(0).example()).isEqualTo("Orders from route 1 do not load during sync");
        assertThat(portuguese.findings().get(0).message()).isEqualTo("O assunto não diz o que acontece nem onde.");
    }

    @Test
    void tipsAreInformationAndCostLittle() {
        QualityReport report = check("Urgente: no se cargan los pedidos de la ruta 1", GOOD_DESCRIPTION,
                "ERROR_INTERCAMBIO", ES);

        assertThat(report.findings()).extracting(QualityFinding::rule).contains("text.urgency");
        assertThat(report.findings()).allMatch(f -> f.severity() == QualitySeverity.INFO);
        assertThat(report.score()).isGreaterThanOrEqualTo(90);
    }

    @Test
    void aRuleAnAdministratorMadeBlockingBlocksOnlyItsType() {
        QualityConfig blocking = new QualityConfig(Map.of("subject.vague", QualityMode.BLOCK), Map.of(), List.of());
        QualityReport report = engine.check(new QualityRequest("No funciona", GOOD_DESCRIPTION, "ERROR_INTERCAMBIO",
                ES, 0), blocking);

        assertThat(report.blocked()).isTrue();
        assertThat(report.blocking()).extracting(QualityFinding::rule).containsExactly("subject.vague");
        assertThat(report.findings().get(0).severity()).isEqualTo(QualitySeverity.BLOCKING);
        assertThat(engine.check(new QualityRequest("No se cargan los pedidos", GOOD_DESCRIPTION,
                "ERROR_INTERCAMBIO", ES, 0), blocking).blocked()).isFalse();
    }

    @Test
    void wordsAdministratorsAddExtendTheRules() {
        QualityConfig extra = new QualityConfig(Map.of(), Map.of("es", Map.of("subject.vague", List.of("no anda"),
                "reference.context", List.of("re:\\bot\\s*\\d+"), "text.shouting", List.of("PLANILLA"))), List.of());
        QualityRequest request = new QualityRequest("No anda la PLANILLA", "Ver OT 1234.", "CONSULTA", ES, 0);

        assertThat(engine.check(request, QualityConfig.NONE).rules()).doesNotContain("reference.context")
                .contains("text.shouting");
        assertThat(engine.check(new QualityRequest("No anda", GOOD_DESCRIPTION, "CONSULTA", ES, 0), extra).rules())
                .contains("subject.vague");
        assertThat(engine.check(request, extra).rules()).contains("reference.context").doesNotContain("text.shouting");
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        QualityReport worst = check("URGENTE!!! NO FUNCIONA", "NADA!!!", "DEFECTO", ES);
        assertThat(worst.score()).isZero();
        assertThat(check("", "", null, ES).rules()).contains("subject.vague", "description.context");
    }

    @Test
    void theLanguageOfATextIsGuessedFromItsWords() {
        assertThat(QualityText.guessLanguage(GOOD_DESCRIPTION, "en")).isEqualTo("es");
        assertThat(QualityText.guessLanguage("The orders do not load when we sync the tablet", "es")).isEqualTo("en");
        assertThat(QualityText.guessLanguage("Os pedidos não carregam na sincronização do tablet", "es"))
                .isEqualTo("pt");
        assertThat(QualityText.guessLanguage("Janis", "pt")).isEqualTo("pt");
    }

    @Test
    void everyRuleHasItsTextsInEveryLanguage() {
        QualityRuleBook book = QualityRuleBook.load();
        for (String language : QualityRuleBook.LANGUAGES) {
            for (QualityRuleBook.Rule rule : book.rules()) {
                QualityRuleBook.Texts texts = book.language(language).texts(rule.id());
                assertThat(List.of(texts.name(), texts.message(), texts.why(), texts.fix(), texts.example()))
                        .as(rule.id() + " in " + language).allMatch(t -> t != null && !t.isBlank());
                assertThat(texts.terms() != null).as("terms hint of " + rule.id() + " in " + language)
                        .isEqualTo(rule.extensible());
            }
        }
        assertThatThrownBy(() -> new QualityText.Lexicon(List.of("re:(")))
                .isInstanceOf(java.util.regex.PatternSyntaxException.class);
    }
}
