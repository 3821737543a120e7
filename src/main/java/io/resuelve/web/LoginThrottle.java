package io.resuelve.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client IP and per e-mail over a sliding window. Once either key has more than the
 * allowed failures, every further attempt with it is refused (429) until old failures age out — including an
 * attempt with the right password, so guessing cannot continue.
 */
@Component
class LoginThrottle {

    private final SlidingWindowCounter failures = new SlidingWindowCounter();
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the caller must wait, if either the IP or the e-mail is blocked now. */
    Optional<Duration> blockedFor(String ip, String email) {
        Optional<Duration> byIp = blocked("ip:" + ip);
        return byIp.isPresent() || email == null ? byIp : blocked(emailKey(email));
    }

    void recordFailure(String ip, String email) {
        failures.record("ip:" + ip, clock.instant(), properties.loginFailureWindow());
        if (email != null && !email.isBlank()) {
            failures.record(emailKey(email), clock.instant(), properties.loginFailureWindow());
        }
    }

    private Optional<Duration> blocked(String key) {
        return failures.blockedFor(key, properties.loginMaxFailures(), clock.instant(),
                properties.loginFailureWindow());
    }

    private static String emailKey(String email) {
        return "email:" + email.trim().toLowerCase(Locale.ROOT);
    }
}
