package io.resuelve.forms;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Finds the request type a caller means — by code, id or name in any of the help desk's languages. */
@Component
class QualityTypes {

    private final RequestTypes types;

    QualityTypes(RequestTypes types) {
        this.types = types;
    }

    /** The type's code, or empty when {@code value} names none. */
    Optional<String> code(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        Optional<RequestTypeView> byCode = types.byCode(text.toUpperCase(Locale.ROOT), Locale.ROOT);
        if (byCode.isPresent()) {
            return byCode.map(RequestTypeView::code);
        }
        if (text.chars().allMatch(Character::isDigit) && text.length() < 18) {
            return types.byId(Long.valueOf(text), Locale.ROOT).map(RequestTypeView::code);
        }
        String folded = QualityText.fold(text);
        for (String language : QualityRuleBook.LANGUAGES) {
            Optional<String> byName = types.all(Locale.forLanguageTag(language)).stream()
                    .filter(t -> QualityText.fold(t.name()).equals(folded)).map(RequestTypeView::code).findFirst();
            if (byName.isPresent()) {
                return byName;
            }
        }
        return Optional.empty();
    }

    /** Every type, inactive ones too, in the form's order, named in {@code locale}. */
    List<RequestTypeView> all(Locale locale) {
        return types.all(locale);
    }
}
