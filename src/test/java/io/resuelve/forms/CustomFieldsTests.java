package io.resuelve.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.CustomFieldKind;
import io.resuelve.tickets.CustomValue;
import org.junit.jupiter.api.Test;

/** Custom values checked per kind, per actor, and with dependent fields. */
class CustomFieldsTests {

    static final Actor CUSTOMER = new Actor(10L, Role.CUSTOMER, null, "carla@cliente.example");
    static final Actor AGENT = new Actor(20L, Role.AGENT, null, "ana@soporte.example");

    static final RequestTypeView DEFECT = new RequestTypeView(1L, "DEFECTO", "Un defecto en el programa", "…", true, 4,
            List.of(field("subsistema", CustomFieldKind.SELECT, true, FieldVisibility.CUSTOMER_EDITABLE, null, null,
                    List.of(new OptionView("MOVIL", "Aplicación móvil"), new OptionView("WEB", "Aplicación web"))),
                    field("version_app", CustomFieldKind.TEXT, true, FieldVisibility.CUSTOMER_EDITABLE, "subsistema",
                            "MOVIL", List.of()),
                    field("build", CustomFieldKind.NUMBER, true, FieldVisibility.CUSTOMER_EDITABLE, "version_app",
                            "never", List.of()),
                    field("cantidad", CustomFieldKind.NUMBER, false, FieldVisibility.CUSTOMER_EDITABLE, null, null,
                            List.of()),
                    field("desde", CustomFieldKind.DATE, false, FieldVisibility.CUSTOMER_EDITABLE, null, null, List.of()),
                    field("url", CustomFieldKind.URL, false, FieldVisibility.CUSTOMER_EDITABLE, null, null, List.of()),
                    field("contacto", CustomFieldKind.EMAIL, false, FieldVisibility.CUSTOMER_EDITABLE, null, null,
                            List.of()),
                    field("modulos", CustomFieldKind.MULTI_SELECT, false, FieldVisibility.CUSTOMER_EDITABLE, null, null,
                            List.of(new OptionView("PEDIDOS", "Pedidos"), new OptionView("COBROS", "Cobros"))),
                    field("reproducible", CustomFieldKind.CHECKBOX, false, FieldVisibility.CUSTOMER_EDITABLE, null,
                            null, List.of()),
                    field("pasos", CustomFieldKind.LONG_TEXT, true, FieldVisibility.CUSTOMER_EDITABLE, "reproducible",
                            "true", List.of()),
                    field("incidencia", CustomFieldKind.TEXT, true, FieldVisibility.AGENTS_ONLY, null, null,
                            List.of())));

    @Test
    void eachKindIsStoredAsWhatItIs() {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        sent.put("subsistema", List.of("WEB"));
        sent.put("cantidad", List.of("12,5"));
        sent.put("desde", List.of("2026-11-20"));
        sent.put("url", List.of("https://erp.example/salidas?id=4"));
        sent.put("contacto", List.of("maria@distribuidora.example"));
        sent.put("modulos", List.of("PEDIDOS", "COBROS", "PEDIDOS"));
        sent.put("reproducible", List.of("true"));
        sent.put("pasos", List.of("  1. Abrir\n2. Guardar  "));

        List<CustomValue> values = CustomFields.check(DEFECT, sent, CUSTOMER);

        assertThat(values).contains(CustomValue.text("subsistema", CustomFieldKind.SELECT, "WEB"),
                CustomValue.number("cantidad", new BigDecimal("12.5")),
                CustomValue.date("desde", LocalDate.of(2026, 11, 20)),
                CustomValue.text("url", CustomFieldKind.URL, "https://erp.example/salidas?id=4"),
                CustomValue.text("contacto", CustomFieldKind.EMAIL, "maria@distribuidora.example"),
                CustomValue.text("modulos", CustomFieldKind.MULTI_SELECT, "PEDIDOS"),
                CustomValue.text("modulos", CustomFieldKind.MULTI_SELECT, "COBROS"),
                CustomValue.bool("reproducible", true),
                CustomValue.text("pasos", CustomFieldKind.LONG_TEXT, "1. Abrir\n2. Guardar"));
        assertThat(values).filteredOn(v -> v.key().equals("modulos")).hasSize(2);
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        refused(Map.of("subsistema", List.of("TABLETA")), "subsistema", "forms.error.option");
        refused(Map.of("subsistema", List.of("WEB"), "cantidad", List.of("doce")), "cantidad", "forms.error.number");
        refused(Map.of("subsistema", List.of("WEB"), "desde", List.of("20/11/2026")), "desde", "forms.error.date");
        refused(Map.of("subsistema", List.of("WEB"), "url", List.of("javascript:alert(1)")), "url", "forms.error.url");
        refused(Map.of("subsistema", List.of("WEB"), "url", List.of("https://")), "url", "forms.error.url");
        refused(Map.of("subsistema", List.of("WEB"), "contacto", List.of("maria@")), "contacto",
                "forms.error.email");
        refused(Map.of("subsistema", List.of("WEB", "MOVIL")), "subsistema", "forms.error.single");
        refused(Map.of("subsistema", List.of("WEB"), "color", List.of("rojo")), "color", "forms.error.unknownField");
        refused(Map.of("subsistema", List.of("  ")), "subsistema", "forms.error.required");
        refused(Map.of("subsistema", List.of("WEB"), "incidencia", List.of("DEV-1")), "incidencia",
                "forms.error.notEditable");
    }

    @Test
    void aDependentFieldIsRequiredOnlyWhileItsParentHoldsTheAwaitedValue() {
        assertThat(CustomFields.check(DEFECT, Map.of("subsistema", List.of("WEB")), CUSTOMER)).hasSize(1);
        refused(Map.of("subsistema", List.of("MOVIL")), "version_app", "forms.error.required");
        // A value sent for a field that does not apply (hidden in the form) is dropped, not stored.
        assertThat(CustomFields.check(DEFECT, Map.of("subsistema", List.of("WEB"), "version_app", List.of("4.2")),
                CUSTOMER)).extracting(CustomValue::key).containsExactly("subsistema");
        // Chains: "build" depends on version_app, which does not apply on the web.
        assertThat(CustomFields.check(DEFECT, Map.of("subsistema", List.of("WEB")), CUSTOMER))
                .extracting(CustomValue::key).doesNotContain("build");
        // A checkbox parent: "pasos" applies when "reproducible" is ticked.
        refused(Map.of("subsistema", List.of("WEB"), "reproducible", List.of("on")), "pasos", "forms.error.required");
    }

    @Test
    void agentsFillInternalFieldsAndMayLeaveRequiredOnesForLater() {
        assertThat(CustomFields.check(DEFECT, Map.of("incidencia", List.of("DEV-1")), AGENT))
                .containsExactly(CustomValue.text("incidencia", CustomFieldKind.TEXT, "DEV-1"));
        assertThat(CustomFields.check(DEFECT, Map.of(), AGENT)).isEmpty();
    }

    @Test
    void editingReplacesOnlyTheNamedFieldsAndKeepsRequiredOnes() {
        List<CustomValue> current = List.of(CustomValue.text("subsistema", CustomFieldKind.SELECT, "WEB"),
                CustomValue.number("cantidad", BigDecimal.TEN));
        List<CustomValue> edited = CustomFields.edit(DEFECT, current, Map.of("cantidad", List.of()), AGENT);
        assertThat(edited).containsExactly(CustomValue.text("subsistema", CustomFieldKind.SELECT, "WEB"));
        assertThatThrownBy(() -> CustomFields.edit(DEFECT, current, Map.of("subsistema", List.of()), AGENT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("forms.error.required"));
        assertThatThrownBy(() -> CustomFields.edit(DEFECT, current, Map.of("incidencia", List.of("X")), CUSTOMER))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void impactAnswersAreAcceptedOnEveryTypeAsWholeNumbersAndYesNo() {
        List<CustomValue> values = CustomFields.check(null, Map.of(ImpactAssessment.USERS, List.of("40"),
                ImpactAssessment.WORKAROUND, List.of("false"), ImpactAssessment.STOPPED, List.of("on")), CUSTOMER);
        ImpactAssessment impact = ImpactAssessment.of(values);
        assertThat(impact.users()).isEqualTo(40);
        assertThat(impact.workaround()).isFalse();
        assertThat(impact.businessStopped()).isTrue();
        assertThatThrownBy(() -> CustomFields.check(null, Map.of(ImpactAssessment.ORDERS, List.of("-3")), CUSTOMER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CustomFields.check(null, Map.of(ImpactAssessment.ORDERS, List.of("2.5")), CUSTOMER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CustomFields.check(null, Map.of("impact_color", List.of("1")), CUSTOMER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CustomFields.check(null, Map.of("subsistema", List.of("WEB")), CUSTOMER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("forms.error.unknownField"));
    }

    private static void refused(Map<String, List<String>> sent, String field, String key) {
        assertThatThrownBy(() -> CustomFields.check(DEFECT, sent, CUSTOMER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    static FieldView field(String key, CustomFieldKind kind, boolean required, FieldVisibility visibility,
            String dependsOn, String dependsValue, List<OptionView> options) {
        return new FieldView(null, key, kind, key, null, required, visibility, dependsOn, dependsValue, options, true,
                0);
    }
}
