package io.resuelve.forms;

import io.resuelve.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One choice of a select field: a stable key (stored on tickets) and its label in each language. */
@Embeddable
class FieldOption {

    @Column(name = "option_key")
    private String key;
    @Column(name = "label_es")
    private String labelEs;
    @Column(name = "label_en")
    private String labelEn;
    @Column(name = "label_pt")
    private String labelPt;

    protected FieldOption() {
    }

    FieldOption(String key, String labelEs, String labelEn, String labelPt) {
        this.key = key;
        this.labelEs = labelEs;
        this.labelEn = labelEn;
        this.labelPt = labelPt;
    }

    String key() {
        return key;
    }

    String label(Language language) {
        String label = switch (language) {
            case EN -> labelEn;
            case PT -> labelPt;
            default -> labelEs;
        };
        return label == null || label.isBlank() ? labelEs : label;
    }

    OptionView view(Language language) {
        return new OptionView(key, label(language));
    }
}
