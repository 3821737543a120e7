package io.resuelve.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client IP and per e-mail over a sliding window. Once either key has more than the
 * allowed failures, every further attempt with it is refused (429) until old failures age out — including an
 * attempt with the right password, so guessing cannot continue.
 */
@Component
class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the caller must wait, if either the IP or the e-mail is blocked now. */
    Optional<Duration> blockedFor(String ip, String email) {
        Instant now = clock.instant();
        Optional<Duration> byIp = blocked("ip:" + ip, now);
        return byIp.isPresent() ? byIp : email == null ? Optional.empty() : blocked(emailKey(email), now);
    }

    void recordFailure(String ip, String email) {
        Instant now = clock.instant();
        add("ip:" + ip, now);
        if (email != null && !email.isBlank()) {
            add(emailKey(email), now);
        }
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> prune(e.getValue(), now).isEmpty());
        }
    }

    private Optional<Duration> blocked(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < properties.loginMaxFailures()) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(properties.loginFailureWindow()));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(properties.loginFailureWindow());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.removeFirst();
            }
        }
        return times;
    }

    private static String emailKey(String email) {
        return "email:" + email.trim().toLowerCase(Locale.ROOT);
    }
}
