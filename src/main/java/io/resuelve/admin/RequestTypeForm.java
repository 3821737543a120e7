package io.resuelve.admin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.resuelve.forms.TriageItem;
import io.resuelve.forms.TypeDefinition;
import io.resuelve.shared.Language;

/** The admin form of a request type, one text box per language; shown again as typed when refused. */
public record RequestTypeForm(String code, String nameEs, String nameEn, String namePt, String descriptionEs,
        String descriptionEn, String descriptionPt, String subjectHelpEs, String subjectHelpEn, String subjectHelpPt,
        String descriptionHelpEs, String descriptionHelpEn, String descriptionHelpPt, Boolean askImpact,
        List<TriageItem> checklist) {

    static RequestTypeForm empty() {
        return new RequestTypeForm("", "", "", "", "", "", "", "", "", "", "", "", "", true,
                List.of(TriageItem.values()));
    }

    static RequestTypeForm of(TypeDefinition d) {
        TypeDefinition.Text es = text(d, Language.ES);
        TypeDefinition.Text en = text(d, Language.EN);
        TypeDefinition.Text pt = text(d, Language.PT);
        return new RequestTypeForm(d.code(), es.name(), en.name(), pt.name(), es.description(), en.description(),
                pt.description(), es.subjectHelp(), en.subjectHelp(), pt.subjectHelp(), es.descriptionHelp(),
                en.descriptionHelp(), pt.descriptionHelp(), d.askImpact(), List.copyOf(d.checklist()));
    }

    TypeDefinition definition() {
        Map<Language, TypeDefinition.Text> texts = new EnumMap<>(Language.class);
        texts.put(Language.ES, new TypeDefinition.Text(nameEs, descriptionEs, subjectHelpEs, descriptionHelpEs));
        texts.put(Language.EN, new TypeDefinition.Text(nameEn, descriptionEn, subjectHelpEn, descriptionHelpEn));
        texts.put(Language.PT, new TypeDefinition.Text(namePt, descriptionPt, subjectHelpPt, descriptionHelpPt));
        return new TypeDefinition(code, texts, Boolean.TRUE.equals(askImpact),
                checklist == null || checklist.isEmpty() ? EnumSet.noneOf(TriageItem.class) : EnumSet.copyOf(checklist));
    }

    public boolean checks(TriageItem item) {
        return checklist != null && checklist.contains(item);
    }

    private static TypeDefinition.Text text(TypeDefinition d, Language language) {
        TypeDefinition.Text text = d.texts().get(language);
        return text == null ? new TypeDefinition.Text("", "", "", "") : text;
    }
}
