package io.resuelve.web;

import io.resuelve.accounts.ResuelvePrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the {@link Viewer} to every page's model. */
@ControllerAdvice
class ViewerAdvice {

    @ModelAttribute("viewer")
    Viewer viewer() {
        return current();
    }

    /** For models that advice methods do not reach, such as those of exception handlers. */
    static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ResuelvePrincipal principal) {
            return new Viewer(true, principal.name(), principal.actor());
        }
        return Viewer.ANONYMOUS;
    }
}
