package io.resuelve.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed mail again: the wait doubles from {@code initial} up to {@code max}, and each wait is drawn
 * between half and all of that ("equal jitter") so that mails failed together do not all retry together. After
 * {@code maxAttempts} failures there is no next attempt.
 */
final class Backoff {

    private final int maxAttempts;
    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(int maxAttempts, Duration initial, Duration max, RandomGenerator random) {
        if (maxAttempts < 1 || initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Need maxAttempts >= 1 and 0 < initial <= max");
        }
        this.maxAttempts = maxAttempts;
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The wait after the given number of failed attempts, or empty when the mail should be given up. */
    Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration ceiling = ceiling(failedAttempts);
        long half = ceiling.toMillis() / 2;
        return Optional.of(Duration.ofMillis(half + random.nextLong(ceiling.toMillis() - half + 1)));
    }

    /** {@code initial × 2^(failedAttempts − 1)}, capped at {@code max} without overflowing. */
    Duration ceiling(int failedAttempts) {
        Duration wait = initial;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) < 0 ? wait : max;
    }
}
