package io.resuelve.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.shared.Language;
import io.resuelve.tickets.CustomFieldKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/** A custom field of a request type. Its key is what tickets store; it never changes once created. */
@Entity
@Table(name = "ticket_type_fields")
class RequestField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "type_id")
    private RequestType type;

    @Column(name = "field_key")
    private String key;
    @Enumerated(EnumType.STRING)
    private CustomFieldKind kind;
    private int position;
    private boolean required;
    @Enumerated(EnumType.STRING)
    private FieldVisibility visibility;
    private String dependsOn;
    private String dependsValue;
    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "ticket_type_field_translations", joinColumns = @JoinColumn(name = "field_id"))
    @MapKeyColumn(name = "language")
    @BatchSize(size = 50)
    private Map<String, FieldText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "ticket_type_field_options", joinColumns = @JoinColumn(name = "field_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<FieldOption> options = new ArrayList<>();

    protected RequestField() {
    }

    RequestField(RequestType type, String key, CustomFieldKind kind, int position) {
        this.type = type;
        this.key = key;
        this.kind = kind;
        this.position = position;
    }

    void define(FieldDefinition definition) {
        required = definition.required();
        visibility = definition.visibility();
        dependsOn = definition.dependsOn();
        dependsValue = definition.dependsOn() == null ? null : definition.dependsValue();
        texts.clear();
        definition.texts().forEach((language, text) -> texts.put(language.tag(),
                new FieldText(text.label(), text.help())));
        options.clear();
        definition.options().forEach(o -> options.add(new FieldOption(o.key(), o.es(), o.en(), o.pt())));
    }

    Long id() {
        return id;
    }

    String key() {
        return key;
    }

    CustomFieldKind kind() {
        return kind;
    }

    int position() {
        return position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    boolean active() {
        return active;
    }

    void activate(boolean active) {
        this.active = active;
    }

    FieldView view(Language language) {
        FieldText text = text(language);
        return new FieldView(id, key, kind, text.label(), text.help(), required, visibility, dependsOn, dependsValue,
                options.stream().map(o -> o.view(language)).toList(), active, position);
    }

    FieldDefinition definition() {
        Map<Language, FieldDefinition.Text> byLanguage = new HashMap<>();
        texts.forEach((tag, text) -> byLanguage.put(Language.fromTag(tag),
                new FieldDefinition.Text(text.label(), text.help())));
        return new FieldDefinition(key, kind, required, visibility, dependsOn, dependsValue, byLanguage,
                options.stream().map(o -> new FieldDefinition.Option(o.key(), o.label(Language.ES),
                        o.label(Language.EN), o.label(Language.PT))).toList());
    }

    private FieldText text(Language language) {
        FieldText text = texts.get(language.tag());
        if (text == null || text.label() == null || text.label().isBlank()) {
            text = texts.get(Language.DEFAULT.tag());
        }
        return text == null ? new FieldText(key, null) : text;
    }
}
