package io.resuelve.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.resuelve.shared.Language;
import io.resuelve.tickets.CustomFieldKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * A request type ("sección" of seed 001). Tickets keep its {@code code}; names and descriptions are translated;
 * an inactive type is no longer offered for new tickets, tickets filed under it keep it.
 */
@Entity
@Table(name = "ticket_types")
class RequestType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private int position;
    private boolean active = true;
    private boolean askImpact;
    private String checklist = "";

    @ElementCollection
    @CollectionTable(name = "ticket_type_translations", joinColumns = @JoinColumn(name = "type_id"))
    @MapKeyColumn(name = "language")
    @BatchSize(size = 50)
    private Map<String, TypeText> texts = new HashMap<>();

    @OneToMany(mappedBy = "type", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    private List<RequestField> fields = new ArrayList<>();

    protected RequestType() {
    }

    RequestType(String code, int position) {
        this.code = code;
        this.position = position;
    }

    void define(TypeDefinition definition) {
        askImpact = definition.askImpact();
        checklist = TriageItem.format(definition.checklist());
        texts.clear();
        definition.texts().forEach((language, text) -> texts.put(language.tag(),
                new TypeText(text.name(), text.description(), text.subjectHelp(), text.descriptionHelp())));
    }

    RequestField addField(String key, CustomFieldKind kind) {
        RequestField field = new RequestField(this, key, kind,
                fields.stream().mapToInt(RequestField::position).max().orElse(0) + 1);
        fields.add(field);
        return field;
    }

    Optional<RequestField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Moves a field one place up ({@code -1}) or down ({@code +1}) among the fields of this type. */
    void moveField(String key, int direction) {
        List<RequestField> ordered = orderedFields();
        int index = ordered.indexOf(field(key).orElseThrow());
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= ordered.size()) {
            return;
        }
        ordered.add(target, ordered.remove(index));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
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

    boolean askImpact() {
        return askImpact;
    }

    RequestTypeView view(Language language) {
        TypeText text = text(language);
        return new RequestTypeView(id, code, text.name(), text.description(), active, position,
                orderedFields().stream().map(f -> f.view(language)).toList());
    }

    RequestTypeForm form(Language language) {
        TypeText text = text(language);
        return new RequestTypeForm(view(language), text.subjectHelp(), text.descriptionHelp(), askImpact,
                TriageItem.parse(checklist));
    }

    TypeDefinition definition() {
        Map<Language, TypeDefinition.Text> byLanguage = new HashMap<>();
        texts.forEach((tag, t) -> byLanguage.put(Language.fromTag(tag),
                new TypeDefinition.Text(t.name(), t.description(), t.subjectHelp(), t.descriptionHelp())));
        return new TypeDefinition(code, byLanguage, askImpact, java.util.Set.copyOf(TriageItem.parse(checklist)));
    }

    List<RequestField> orderedFields() {
        List<RequestField> ordered = new ArrayList<>(fields);
        ordered.sort(Comparator.comparingInt(RequestField::position).thenComparing(RequestField::key));
        return ordered;
    }

    private TypeText text(Language language) {
        TypeText text = texts.get(language.tag());
        if (text == null || text.name() == null || text.name().isBlank()) {
            text = texts.get(Language.DEFAULT.tag());
        }
        return text == null ? new TypeText(code, "", null, null) : text;
    }
}
