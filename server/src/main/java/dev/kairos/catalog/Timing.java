package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a service takes and how long it holds the team member and resources around it.
 *
 * @param duration the service itself; 1 minute to 24 hours
 * @param bufferBefore held before the start; zero or more, at most 24 hours
 * @param bufferAfter held after the end; zero or more, at most 24 hours
 * @param technicalBreak Altegio's technical break after the service; {@link Duration#ZERO} for none,
 *     otherwise a multiple of 5 minutes up to 1 hour
 */
public record Timing(Duration duration, Duration bufferBefore, Duration bufferAfter, Duration technicalBreak) {

    static final Duration MAX = Duration.ofDays(1);
    private static final long BREAK_STEP = 300;
    private static final long BREAK_MAX = 3600;

    /** @throws ServiceRuleViolation if a duration is out of range */
    public Timing {
        Objects.requireNonNull(duration, "duration");
        bufferBefore = Objects.requireNonNullElse(bufferBefore, Duration.ZERO);
        bufferAfter = Objects.requireNonNullElse(bufferAfter, Duration.ZERO);
        technicalBreak = Objects.requireNonNullElse(technicalBreak, Duration.ZERO);
        new ServiceRuleViolation.Rules()
                .check(
                        duration.toSeconds() >= 60 && duration.compareTo(MAX) <= 0,
                        "duration",
                        Fault.seconds(60, 86_400).saying("duration must be positive: between 60 and 86400 seconds"))
                .check(
                        !bufferBefore.isNegative() && bufferBefore.compareTo(MAX) <= 0,
                        "buffer_before",
                        Fault.seconds(0, 86_400).saying("buffer_before must be between 0 and 86400 seconds"))
                .check(
                        !bufferAfter.isNegative() && bufferAfter.compareTo(MAX) <= 0,
                        "buffer_after",
                        Fault.seconds(0, 86_400).saying("buffer_after must be between 0 and 86400 seconds"))
                .check(
                        validBreak(technicalBreak.toSeconds()),
                        "technical_break_duration",
                        Fault.of(
                                "fault.service.technical-break",
                                "technical_break_duration must be null or a multiple of 300 seconds up to 3600"))
                .orThrow();
    }

    /** A service of {@code duration} with no buffers and no technical break. */
    public static Timing of(Duration duration) {
        return new Timing(duration, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    private static boolean validBreak(long seconds) {
        return seconds >= 0 && seconds <= BREAK_MAX && seconds % BREAK_STEP == 0;
    }
}
