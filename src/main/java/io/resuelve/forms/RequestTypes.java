package io.resuelve.forms;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.AdminChangeRecorded;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.Language;
import io.resuelve.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request types and their fields: reading them in a language (the portal's chooser and forms, the API, agent
 * pages) and, for administrators, adding, editing, translating, reordering and disabling them. Every write is
 * checked by {@link RequestTypeRules} and recorded in the audit log.
 */
@Service
@Transactional
public class RequestTypes {

    private final RequestTypeRepository types;
    private final RequestTypeRules rules;
    private final ApplicationEventPublisher events;

    RequestTypes(RequestTypeRepository types, RequestTypeRules rules, ApplicationEventPublisher events) {
        this.types = types;
        this.rules = rules;
        this.events = events;
    }

    /** Every type in order, inactive ones included (admin lists, agent type changes, filters). */
    @Transactional(readOnly = true)
    public List<RequestTypeView> all(Locale locale) {
        Language language = language(locale);
        return types.findAllByOrderByPositionAscCodeAsc().stream().map(t -> t.view(language)).toList();
    }

    /** The types offered for new tickets, in order (the portal's chooser, {@code GET /api/v1/ticket-types}). */
    @Transactional(readOnly = true)
    public List<RequestTypeView> active(Locale locale) {
        return all(locale).stream().filter(RequestTypeView::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RequestTypeView> byCode(String code, Locale locale) {
        return code == null ? Optional.empty() : types.findByCode(code).map(t -> t.view(language(locale)));
    }

    @Transactional(readOnly = true)
    public Optional<RequestTypeView> byId(Long id, Locale locale) {
        return id == null ? Optional.empty() : types.findById(id).map(t -> t.view(language(locale)));
    }

    /** The form of a type: its fields plus help for subject and description, impact question and checklist. */
    @Transactional(readOnly = true)
    public Optional<RequestTypeForm> form(String code, Locale locale) {
        return code == null ? Optional.empty() : types.findByCode(code).map(t -> t.form(language(locale)));
    }

    /** A type in every language, for its admin form. */
    @Transactional(readOnly = true)
    public TypeDefinition definition(String code) {
        return type(code).definition();
    }

    /** A field in every language, for its admin form. */
    @Transactional(readOnly = true)
    public FieldDefinition fieldDefinition(String code, String key) {
        return field(type(code), key).definition();
    }

    // ---- administration --------------------------------------------------------------------------------------

    /** Adds a type at the end of the list. */
    public RequestTypeView create(TypeDefinition definition, Actor by) {
        requireAdmin(by);
        TypeDefinition checked = rules.type(definition, null);
        if (types.findByCode(checked.code()).isPresent()) {
            throw new io.resuelve.shared.InvalidInputException("code", "forms.error.codeTaken", checked.code());
        }
        int last = types.findAllByOrderByPositionAscCodeAsc().stream().mapToInt(RequestType::position).max()
                .orElse(0);
        RequestType type = new RequestType(checked.code(), last + 1);
        type.define(checked);
        type = types.save(type);
        publish(audit(by, "requestType.created", type).change("name", null, name(type)));
        return type.view(Language.DEFAULT);
    }

    /** Changes a type's texts in every language, its checklist and whether it asks about the impact. */
    public RequestTypeView update(String code, TypeDefinition definition, Actor by) {
        requireAdmin(by);
        RequestType type = type(code);
        TypeDefinition before = type.definition();
        type.define(rules.type(definition, type.code()));
        publish(audit(by, "requestType.updated", type).change("name", name(before), name(type))
                .change("askImpact", before.askImpact(), type.askImpact())
                .change("checklist", before.checklist(), type.definition().checklist()));
        return type.view(Language.DEFAULT);
    }

    /** Moves a type one place up ({@code -1}) or down ({@code +1}) in the chooser. */
    public void move(String code, int direction, Actor by) {
        requireAdmin(by);
        List<RequestType> ordered = new java.util.ArrayList<>(types.findAllByOrderByPositionAscCodeAsc());
        RequestType type = type(code);
        int index = ordered.indexOf(type);
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= ordered.size()) {
            return;
        }
        ordered.add(target, ordered.remove(index));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        publish(audit(by, "requestType.moved", type).change("position", index + 1, target + 1));
    }

    /** Offers a type for new tickets again, or stops offering it; tickets already filed keep it. */
    public void activate(String code, boolean active, Actor by) {
        requireAdmin(by);
        RequestType type = type(code);
        if (type.active() != active) {
            type.activate(active);
            publish(audit(by, "requestType.activeChanged", type).change("active", !active, active));
        }
    }

    public FieldView addField(String code, FieldDefinition definition, Actor by) {
        requireAdmin(by);
        RequestType type = type(code);
        FieldDefinition checked = rules.newField(type, definition);
        RequestField field = type.addField(checked.key(), checked.kind());
        field.define(checked);
        types.saveAndFlush(type);
        publish(audit(by, "requestType.fieldAdded", type).change("field", null, checked.key()));
        return field.view(Language.DEFAULT);
    }

    /** Changes a field's texts, options, required flag, visibility and dependency; key and kind stay. */
    public FieldView updateField(String code, String key, FieldDefinition definition, Actor by) {
        requireAdmin(by);
        RequestType type = type(code);
        RequestField field = field(type, key);
        FieldDefinition before = field.definition();
        field.define(rules.field(type, field, definition));
        FieldDefinition after = field.definition();
        publish(audit(by, "requestType.fieldUpdated", type).change("field", null, key)
                .change("required", before.required(), after.required())
                .change("visibility", before.visibility(), after.visibility())
                .change("dependsOn", depends(before), depends(after))
                .change("label", label(before), label(after)));
        return field.view(Language.DEFAULT);
    }

    public void moveField(String code, String key, int direction, Actor by) {
        requireAdmin(by);
        RequestType type = type(code);
        field(type, key);
        type.moveField(key, direction);
    }

    /** Disables a field (new tickets stop asking for it; stored values stay) or enables it again. */
    public void activateField(String code, String key, boolean active, Actor by) {
        requireAdmin(by);
        RequestType type = type(code);
        RequestField field = field(type, key);
        if (field.active() != active) {
            field.activate(active);
            publish(audit(by, "requestType.fieldActiveChanged", type).change("field", null, key)
                    .change("active", !active, active));
        }
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private RequestType type(String code) {
        return types.findByCode(code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("forms.error.typeNotFound", code));
    }

    private static RequestField field(RequestType type, String key) {
        return type.field(key == null ? "" : key)
                .orElseThrow(() -> new NotFoundException("forms.error.fieldNotFound", key));
    }

    private AdminChangeRecorded.Builder audit(Actor by, String action, RequestType type) {
        return AdminChangeRecorded.of(by.userId(), by.email(), action, "REQUEST_TYPE", type.code(), name(type));
    }

    private void publish(AdminChangeRecorded.Builder change) {
        events.publishEvent(change.build());
    }

    private static String name(RequestType type) {
        return type.view(Language.DEFAULT).name();
    }

    private static String name(TypeDefinition definition) {
        TypeDefinition.Text text = definition.texts().get(Language.DEFAULT);
        return text == null ? null : text.name();
    }

    private static String label(FieldDefinition definition) {
        FieldDefinition.Text text = definition.texts().get(Language.DEFAULT);
        return text == null ? null : text.label();
    }

    private static String depends(FieldDefinition definition) {
        return definition.dependsOn() == null ? null : definition.dependsOn() + "=" + definition.dependsValue();
    }

    private static Language language(Locale locale) {
        return locale == null ? Language.DEFAULT : Language.fromTag(locale.getLanguage());
    }

    private static void requireAdmin(Actor by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("forms.error.adminsOnly");
        }
    }
}
