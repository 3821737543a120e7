package io.resuelve.web;

import java.io.IOException;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.ResuelvePrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose person was disabled, or whose role changed, since they signed in: an admin's "disable"
 * takes effect at once rather than when the session expires, and a new role needs a new sign-in to apply.
 */
class SignedInAccountFilter extends OncePerRequestFilter {

    private final AccountManagement accounts;

    SignedInAccountFilter(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ResuelvePrincipal principal
                && !stillValid(principal.actor())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Actor actor) {
        return actor.isSystem() || accounts.user(actor.userId())
                .filter(user -> user.enabled() && user.role() == actor.role()).isPresent();
    }
}
