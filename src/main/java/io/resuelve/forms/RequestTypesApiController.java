package io.resuelve.forms;

import java.util.List;
import java.util.Locale;

import io.resuelve.accounts.Actor;
import io.resuelve.tickets.CustomFieldKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/ticket-types}: the request types offered for new tickets, in the request's language, with the
 * fields the caller fills in (customers do not get agent-only fields). Names are a contract: keep them.
 */
@RestController
@Tag(name = "Ticket types")
class RequestTypesApiController {

    private final RequestTypes types;

    RequestTypesApiController(RequestTypes types) {
        this.types = types;
    }

    @GetMapping("/api/v1/ticket-types")
    @Operation(summary = "Request types for new tickets with their custom fields, in the Accept-Language language")
    List<TypeJson> list(Actor actor, Locale locale) {
        return types.active(locale).stream().map(t -> new TypeJson(t.id(), t.code(), t.name(), t.description(),
                t.activeFields().stream().filter(f -> f.visibleTo(actor)).map(FieldJson::of).toList())).toList();
    }

    record TypeJson(Long id, String code, String name, String description, List<FieldJson> fields) {
    }

    /** {@code dependsOn}/{@code dependsValue}: the field applies only while that field holds that value. */
    record FieldJson(String key, CustomFieldKind kind, String label, String help, boolean required,
            FieldVisibility visibility, String dependsOn, String dependsValue, List<OptionView> options) {

        static FieldJson of(FieldView f) {
            return new FieldJson(f.key(), f.kind(), f.label(), f.help(), f.required(), f.visibility(),
                    f.dependsOn(), f.dependsValue(), f.options());
        }
    }
}
