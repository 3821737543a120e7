package io.resuelve.agent;

import io.resuelve.shared.ConflictException;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.ForbiddenException;
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
        if (e instanceof NotFoundException) {
            throw e;
        }
        response.setStatus(status(e).value());
        model.addAttribute("actionError", messages.of(e));
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
