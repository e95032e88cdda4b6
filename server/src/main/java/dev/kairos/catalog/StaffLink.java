package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.time.Duration;
import java.util.Optional;

/**
 * A team member who performs a service, with their own duration for it.
 *
 * @param duration this member's duration (Altegio's {@code seance_length}), or null for the service's
 */
public record StaffLink(long teamMemberId, Duration duration) {

    /** @throws ServiceRuleViolation if the duration is not between 1 minute and 24 hours */
    public StaffLink {
        new ServiceRuleViolation.Rules()
                .check(
                        duration == null || (duration.toSeconds() >= 60 && duration.compareTo(Timing.MAX) <= 0),
                        "seance_length",
                        Fault.seconds(60, 86_400).saying("seance_length must be between 60 and 86400 seconds"))
                .orThrow();
    }

    public Optional<Duration> ownDuration() {
        return Optional.ofNullable(duration);
    }
}
