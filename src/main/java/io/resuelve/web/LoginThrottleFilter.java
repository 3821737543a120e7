package io.resuelve.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts (form POST, HTTP Basic, bearer token) from a blocked IP or for a blocked e-mail with
 * 429 and Retry-After, before any password is checked. With a {@link ProblemWriter} (the API) the body is a
 * problem; without one (pages) the error page explains it.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemWriter problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> email = attemptedEmail(request);
        if (email.isPresent()) {
            Optional<Duration> wait = throttle.blockedFor(request.getRemoteAddr(), email.get());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
                if (problems == null) {
                    response.sendError(HttpStatus.TOO_MANY_REQUESTS.value()); // rendered by the error page
                } else {
                    problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "error.login.tooManyAttempts",
                            Math.max(1, wait.get().toMinutes()));
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The e-mail of a sign-in attempt ("" for a bearer token), or empty when this request is none. */
    static Optional<String> attemptedEmail(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.of("");
            }
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of("");
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return Optional.ofNullable(request.getParameter("username")).or(() -> Optional.of(""));
        }
        return Optional.empty();
    }
}
