package io.resuelve.web;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Oversized multipart requests fail while the request is parsed, before any controller is chosen, so the
 * controller-scoped {@link ApiExceptionHandler} never sees them: this advice answers them with a 413 problem.
 */
@RestControllerAdvice
class UploadLimitAdvice {

    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        long megabytes = Math.max(1, e.getMaxUploadSize() / (1024 * 1024));
        return ApiExceptionHandler.problem(messages, HttpStatus.PAYLOAD_TOO_LARGE, "error.attachment.tooLarge",
                megabytes);
    }
}
