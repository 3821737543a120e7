package io.resuelve.web;

import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Errors on pages (not the API): the error page, in the viewer's language, with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final Messages messages;

    PageExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, messages.of(e), model, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, messages.of(e), model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, messages.of(e), model, response);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException e, Model model, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        return page(HttpStatus.TOO_MANY_REQUESTS,
                messages.of("error.form.tooManyAttempts", Math.max(1, e.retryAfter().toMinutes())), model, response);
    }

    private static String page(HttpStatus status, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        // Models of exception handlers miss the advice's @ModelAttribute methods, and the layout needs the viewer.
        model.addAttribute("viewer", ViewerAdvice.current());
        model.addAttribute("status", status.value());
        model.addAttribute("detail", detail);
        return "error";
    }
}
