package dev.kairos.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, moved forward by the test when it needs a reminder to come due. */
final class SettableClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    /** From now on the clock reads {@code when} plus the time that passes. */
    void jumpTo(Instant when) {
        ahead = Duration.between(Instant.now(), when);
    }

    void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application's clock is UTC");
    }
}
