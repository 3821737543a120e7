package io.resuelve.forms;

import java.util.List;
import java.util.Locale;

import io.resuelve.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/quality-check}: the quality coach of the portal form, for integrations that file tickets
 * (an ERP, a chat bot) and want to coach their users the same way. Names are a contract: keep them.
 */
@RestController
@Tag(name = "Quality coach")
class QualityApiController {

    static final int MAX_SUBJECT = 300;
    static final int MAX_DESCRIPTION = 50_000;

    private final QualityCoach coach;
    private final QualityTypes types;

    QualityApiController(QualityCoach coach, QualityTypes types) {
        this.coach = coach;
        this.types = types;
    }

    @PostMapping("/api/v1/quality-check")
    @Operation(summary = "Score a ticket's subject and description (0–100) and list what to improve, in es, en or pt")
    CheckResult check(@RequestBody(required = false) CheckRequest body) {
        if (body == null || (isBlank(body.subject()) && isBlank(body.description()))) {
            throw new InvalidInputException("subject", "coach.error.nothingToCheck");
        }
        if (body.subject() != null && body.subject().length() > MAX_SUBJECT) {
            throw new InvalidInputException("subject", "coach.error.subjectTooLong", MAX_SUBJECT);
        }
        if (body.description() != null && body.description().length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "coach.error.descriptionTooLong", MAX_DESCRIPTION);
        }
        String type = null;
        if (!isBlank(body.type())) {
            type = types.code(body.type()).orElseThrow(() -> new InvalidInputException("type", "coach.error.type"));
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (!isBlank(body.language())) {
            String language = body.language().strip().toLowerCase(Locale.ROOT);
            if (!QualityRuleBook.LANGUAGES.contains(language.length() > 2 ? language.substring(0, 2) : language)) {
                throw new InvalidInputException("language", "coach.error.language");
            }
            locale = Locale.forLanguageTag(language);
        }
        int attachments = body.attachments() == null ? 0 : body.attachments();
        QualityReport report = coach.check(body.subject(), body.description(), type, locale, attachments);
        return new CheckResult(report.score(), report.blocked(), report.findings().stream()
                .map(f -> new Finding(f.rule(), f.severity(), f.message(), f.why(), f.fix(), f.example())).toList());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * @param type        the request type's code or name ({@code DEFECTO}); optional
     * @param language    {@code es}, {@code en} or {@code pt}; optional (then the request's Accept-Language)
     * @param attachments how many files will come with the ticket (a screenshot is evidence); optional
     */
    record CheckRequest(String subject, String description, String type, String language, Integer attachments) {
    }

    record CheckResult(int score, boolean blocked, List<Finding> findings) {
    }

    record Finding(String rule, QualitySeverity severity, String message, String why, String fix, String example) {
    }
}
