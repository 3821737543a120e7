package io.resuelve.forms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.tickets.CustomFieldKind;
import io.resuelve.tickets.CustomValue;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketForms;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The request types' rules as the tickets module asks for them: values checked per type and actor, the priority
 * the impact suggests, and "Urgente" refused from a customer who did not say how many are affected (seed 004).
 */
@Component
class TicketFormsPolicy implements TicketForms {

    private final RequestTypes types;
    private final QualityCoach coach;

    TicketFormsPolicy(RequestTypes types, @Lazy QualityCoach coach) {
        this.types = types;
        this.coach = coach;
    }

    @Override
    public QualityMark quality(String typeCode, String subject, String description, List<CustomValue> values,
            int attachments, Locale language, Actor by) {
        List<String> texts = values.stream().filter(v -> v.text() != null && (v.kind() == CustomFieldKind.TEXT
                || v.kind() == CustomFieldKind.LONG_TEXT || v.kind() == CustomFieldKind.URL))
                .map(CustomValue::text).toList();
        // A customer at the form reads what to fix in the language of the page.
        QualityReport report = coach.check(subject, description, typeCode,
                by.isCustomer() ? LocaleContextHolder.getLocale() : language, attachments, texts);
        if (by.isCustomer() && report.blocked()) {
            String blocking = report.findings().stream().filter(f -> f.severity() == QualitySeverity.BLOCKING)
                    .map(QualityFinding::message).collect(Collectors.joining(" "));
            throw new InvalidInputException("description", "coach.blockedList", blocking);
        }
        return new QualityMark(report.score(), report.rules());
    }

    @Override
    public FiledForm file(String typeCode, Priority chosen, Map<String, List<String>> submitted, Actor by) {
        RequestTypeView type = types.byCode(typeCode, LocaleContextHolder.getLocale()).orElse(null);
        if (type != null && !type.active() && by.isCustomer()) {
            throw new InvalidInputException("type", "forms.error.typeInactive", type.name());
        }
        List<CustomValue> values = CustomFields.check(type, submitted, by);
        ImpactAssessment impact = ImpactAssessment.of(values);
        if (by.isCustomer() && impact.urgentWithoutImpact(chosen)) {
            throw new InvalidInputException(ImpactAssessment.USERS, "forms.impact.quantifyUrgent");
        }
        return new FiledForm(values, impact.suggestion().map(PrioritySuggestion::priority).orElse(null));
    }

    @Override
    public List<CustomValue> edit(String typeCode, List<CustomValue> current, Map<String, List<String>> submitted,
            Actor by) {
        RequestTypeView type = types.byCode(typeCode, LocaleContextHolder.getLocale()).orElse(null);
        return CustomFields.edit(type, current, submitted, by);
    }

    @Override
    public List<CustomValue> readable(String typeCode, List<CustomValue> values, Actor reader) {
        if (reader.isStaff() || values.isEmpty()) {
            return values;
        }
        RequestTypeView type = types.byCode(typeCode, LocaleContextHolder.getLocale()).orElse(null);
        return values.stream().filter(v -> v.key().startsWith(ImpactAssessment.PREFIX)
                || type != null && type.field(v.key()).map(f -> f.visibleTo(reader)).orElse(false)).toList();
    }

    @Override
    public boolean exists(String typeCode) {
        return types.byCode(typeCode, LocaleContextHolder.getLocale()).isPresent();
    }
}
