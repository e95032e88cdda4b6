package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant CREATED = Instant.parse("2030-01-01T00:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofDays(1));

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBefore() {
        assertThat(backoff.next(1, CREATED, CREATED, null)).contains(CREATED.plusSeconds(5));
        assertThat(backoff.next(2, CREATED, CREATED, null)).contains(CREATED.plusSeconds(10));
        assertThat(backoff.next(3, CREATED, CREATED, null)).contains(CREATED.plusSeconds(20));
        assertThat(backoff.next(10, CREATED, CREATED, null)).contains(CREATED.plusSeconds(2560));
    }

    @Test
    void noWaitIsLongerThanTheLongest() {
        assertThat(backoff.next(11, CREATED, CREATED, null)).contains(CREATED.plusSeconds(3600));
        assertThat(backoff.next(64, CREATED, CREATED, null)).contains(CREATED.plusSeconds(3600));
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonouredUpToTheLongest() {
        assertThat(backoff.next(1, CREATED, CREATED, Duration.ofSeconds(90))).contains(CREATED.plusSeconds(90));
        assertThat(backoff.next(1, CREATED, CREATED, Duration.ofSeconds(1))).contains(CREATED.plusSeconds(5));
        assertThat(backoff.next(1, CREATED, CREATED, Duration.ofDays(2))).contains(CREATED.plusSeconds(3600));
    }

    @Test
    void itGivesUpWhenTheNextTryWouldBeMoreThanADayAfterTheDelivery() {
        Instant late = CREATED.plus(Duration.ofHours(23));

        assertThat(backoff.next(30, CREATED, late, null)).contains(late.plusSeconds(3600));
        assertThat(backoff.next(30, CREATED, late.plusSeconds(1), null)).isEmpty();
    }
}
