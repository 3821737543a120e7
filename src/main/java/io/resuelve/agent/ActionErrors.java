package io.resuelve.agent;

import io.resuelve.shared.ConflictException;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.shared.TooLargeException;
import io.resuelve.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A refused action shown on the ticket view itself, with the status code it deserves (409 for an illegal move,
 * 400 for invalid input), so the agent keeps what they wrote. A ticket they may not see stays a 404 page.
 */
@Component
class ActionErrors {

    private final Messages messages;

    ActionErrors(Messages messages) {
        this.messages = messages;
    }

    void show(DomainException e, Model model, HttpServletResponse response) {
        show(e, model, response, "actionError");
    }

    /** Puts the sentence under {@code attribute}, for a form that shows its own errors (the reply). */
    void show(DomainException e, Model model, HttpServletResponse response, String attribute) {
        if (e instanceof NotFoundException) {
            throw e;
        }
        response.setStatus(status(e).value());
        model.addAttribute(attribute, sentence(e));
    }

    /** Generic field errors name the field as the agent knows it ("Mensaje", not "body"). */
    private String sentence(DomainException e) {
        if (e instanceof InvalidInputException invalid && e.messageKey().startsWith("error.field.")
                && e.arguments().length > 0) {
            String key = "workspace.input." + invalid.field();
            String label = messages.of(key);
            if (!label.equals(key)) {
                Object[] arguments = e.arguments().clone();
                arguments[0] = label;
                return messages.of(e.messageKey(), arguments);
            }
        }
        return messages.of(e);
    }

    static HttpStatus status(DomainException e) {
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof TooLargeException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
