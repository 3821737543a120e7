package io.resuelve.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class BackoffTests {

    private static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);
    private static final Duration ONE_HOUR = Duration.ofHours(1);

    @Test
    void theCeilingDoublesFromTheInitialWaitUpToTheMaximum() {
        Backoff backoff = new Backoff(8, THIRTY_SECONDS, ONE_HOUR, new Random(1));

        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(backoff.ceiling(8)).isEqualTo(ONE_HOUR);
        assertThat(backoff.ceiling(Integer.MAX_VALUE)).isEqualTo(ONE_HOUR);
    }

    @Test
    void eachWaitLiesBetweenHalfAndAllOfItsCeiling() {
        Backoff backoff = new Backoff(100, THIRTY_SECONDS, ONE_HOUR, new Random(42));
        for (int failures = 1; failures < 20; failures++) {
            Duration ceiling = backoff.ceiling(failures);
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delayAfter(failures)).get()
                        .satisfies(wait -> assertThat(wait).isBetween(ceiling.dividedBy(2), ceiling));
            }
        }
    }

    @Test
    void theJitterSpreadsMailsThatFailedTogether() {
        Backoff backoff = new Backoff(8, THIRTY_SECONDS, ONE_HOUR, new Random(7));
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delayAfter(3).orElseThrow())
                .distinct().count()).isGreaterThan(40);
    }

    @Test
    void theExtremesOfTheRandomSourceGiveHalfAndAllOfTheCeiling() {
        RandomGenerator lowest = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return 0;
            }
        };
        RandomGenerator highest = new RandomGenerator() {
            @Override
            public long nextLong() {
                return Long.MAX_VALUE;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
        assertThat(new Backoff(8, THIRTY_SECONDS, ONE_HOUR, lowest).delayAfter(1)).contains(Duration.ofSeconds(15));
        assertThat(new Backoff(8, THIRTY_SECONDS, ONE_HOUR, highest).delayAfter(1)).contains(THIRTY_SECONDS);
        assertThat(new Backoff(8, THIRTY_SECONDS, ONE_HOUR, highest).delayAfter(7)).contains(Duration.ofMinutes(32));
    }

    @Test
    void givesUpAfterTheLastAllowedAttempt() {
        Backoff backoff = new Backoff(8, THIRTY_SECONDS, ONE_HOUR, new Random(3));

        assertThat(backoff.delayAfter(7)).isPresent();
        assertThat(backoff.delayAfter(8)).isEmpty();
        assertThat(backoff.delayAfter(9)).isEmpty();
    }

    @Test
    void refusesSettingsThatMakeNoSchedule() {
        Random random = new Random();
        assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(0, THIRTY_SECONDS, ONE_HOUR, random));
        assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(8, Duration.ZERO, ONE_HOUR, random));
        assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(8, ONE_HOUR, THIRTY_SECONDS, random));
    }
}
