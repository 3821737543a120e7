package io.resuelve.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Counts events per key over a sliding window; in memory, per instance. */
final class SlidingWindowCounter {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    void record(String key, Instant now, Duration window) {
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now, window);
            times.addLast(now);
        }
        if (events.size() > MAX_KEYS) {
            events.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return prune(e.getValue(), now, window).isEmpty();
                }
            });
        }
    }

    /** How long until the key drops below {@code max} events, if it has {@code max} or more now. */
    Optional<Duration> blockedFor(String key, int max, Instant now, Duration window) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now, window);
            if (times.size() < max) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
    }

    private static Deque<Instant> prune(Deque<Instant> times, Instant now, Duration window) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
        return times;
    }
}
