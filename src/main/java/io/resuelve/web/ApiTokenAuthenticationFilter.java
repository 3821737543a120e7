package io.resuelve.web;

import java.io.IOException;

import io.resuelve.accounts.ApiTokens;
import io.resuelve.accounts.ResuelvePrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer rsv_…} personal API tokens; a bad token is a counted failure. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final LoginThrottle throttle;
    private final ProblemWriter problems;

    ApiTokenAuthenticationFilter(ApiTokens tokens, LoginThrottle throttle, ProblemWriter problems) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var principal = tokens.authenticate(authorization.substring(7).trim());
        if (principal.isEmpty()) {
            throttle.recordFailure(request.getRemoteAddr(), null);
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
            return;
        }
        ResuelvePrincipal user = principal.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
