package io.resuelve.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem+json from filters, where no controller advice runs, in the request's language. */
@Component
class ProblemWriter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            Object... args) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, args, key, locales.resolveLocale(request)));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
                locales.resolveLocale(request)));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
