package io.resuelve.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Limits on forms anyone can send (sign-up, password reset): at most {@code resuelve.security.form-max-attempts}
 * per client IP and per e-mail within {@code resuelve.security.form-window}. Over the limit the caller gets 429.
 */
@Component
public class RateLimits {

    private final SlidingWindowCounter attempts = new SlidingWindowCounter();
    private final SecurityProperties properties;
    private final Clock clock;

    RateLimits(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts one attempt of {@code action} from this request (and for this e-mail, when given).
     *
     * @throws TooManyRequestsException when the limit is already reached
     */
    public void acquire(String action, HttpServletRequest request, String email) {
        String ipKey = action + ":ip:" + request.getRemoteAddr();
        String emailKey = email == null || email.isBlank() ? null
                : action + ":email:" + email.trim().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = blocked(ipKey).or(() -> emailKey == null ? Optional.empty() : blocked(emailKey));
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.get());
        }
        attempts.record(ipKey, clock.instant(), properties.formWindow());
        if (emailKey != null) {
            attempts.record(emailKey, clock.instant(), properties.formWindow());
        }
    }

    private Optional<Duration> blocked(String key) {
        return attempts.blockedFor(key, properties.formMaxAttempts(), clock.instant(), properties.formWindow());
    }
}
