package io.resuelve.web;

import java.util.ArrayList;
import java.util.List;

import io.resuelve.accounts.ResuelvePrincipal;
import jakarta.servlet.http.HttpServletRequest;
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

    /**
     * The query of the page being shown, so the language switcher keeps it (a verification link's token, a list's
     * filters). Only for GET pages: a page re-shown after a POST must never echo what was posted.
     */
    @ModelAttribute("currentQuery")
    List<String[]> currentQuery(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return List.of();
        }
        List<String[]> query = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("lang") && !name.equals("_csrf")) {
                for (String value : values) {
                    query.add(new String[] { name, value });
                }
            }
        });
        return query;
    }
}
