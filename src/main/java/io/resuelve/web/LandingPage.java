package io.resuelve.web;

import io.resuelve.accounts.ResuelvePrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where the sign-in form leads: back to the page that asked for it, otherwise agents to their workspace and
 * customers to the portal home.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        boolean staff = authentication.getPrincipal() instanceof ResuelvePrincipal principal
                && principal.actor().isStaff();
        return staff ? "/agente" : "/";
    }
}
