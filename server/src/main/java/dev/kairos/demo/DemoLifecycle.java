package dev.kairos.demo;

import dev.kairos.demo.AppointmentPlanner.Planned;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Where a demo appointment stands now, with the timestamps its lifecycle set: past ones were
 * completed, missed or cancelled; future ones are confirmed, awaiting approval or cancelled.
 */
record DemoLifecycle(
        String status,
        boolean online,
        boolean clientConfirmed,
        Instant createdAt,
        Instant confirmedAt,
        Instant arrivedAt,
        Instant completedAt,
        Instant noShowAt,
        Instant cancelledAt) {

    static DemoLifecycle of(Planned planned, Instant now, Random random) {
        String bookingType = planned.service().spec().bookingType();
        boolean walkIn = bookingType.equals("walk_in_only");
        boolean online = !walkIn && random.nextInt(100) < 45;
        Instant created = walkIn
                ? planned.startsAt().minus(Duration.ofMinutes(10))
                : earlier(now, planned.startsAt()).minus(Duration.ofHours(2 + random.nextInt(20 * 24)));
        Instant confirmed = bookingType.equals("approval_required") ? created.plus(Duration.ofHours(1)) : created;
        int roll = random.nextInt(100);
        if (!planned.endsAt().isAfter(now)) {
            return roll < 10
                    ? cancelled(online, created, confirmed, planned, now)
                    : roll < 18
                            ? new DemoLifecycle(
                                    "no_show",
                                    online,
                                    false,
                                    created,
                                    confirmed,
                                    null,
                                    null,
                                    planned.startsAt().plus(Duration.ofMinutes(15)),
                                    null)
                            : new DemoLifecycle(
                                    "completed",
                                    online,
                                    false,
                                    created,
                                    confirmed,
                                    planned.startsAt().minus(Duration.ofMinutes(5)),
                                    planned.endsAt(),
                                    null,
                                    null);
        }
        if (!planned.startsAt().isAfter(now)) {
            return new DemoLifecycle(
                    "arrived", online, false, created, confirmed, planned.startsAt(), null, null, null);
        }
        if (bookingType.equals("approval_required") && roll < 65) {
            return new DemoLifecycle("requested", online, false, created, null, null, null, null, null);
        }
        return roll < 7
                ? cancelled(online, created, confirmed, planned, now)
                : new DemoLifecycle("confirmed", online, roll % 2 == 0, created, confirmed, null, null, null, null);
    }

    private static DemoLifecycle cancelled(
            boolean online, Instant created, Instant confirmed, Planned planned, Instant now) {
        Instant latest = earlier(now, planned.startsAt());
        Instant cancelledAt = created.plus(Duration.between(created, latest).dividedBy(2));
        return new DemoLifecycle("cancelled", online, false, created, confirmed, null, null, null, cancelledAt);
    }

    Instant updatedAt() {
        return Stream.of(createdAt, confirmedAt, arrivedAt, completedAt, noShowAt, cancelledAt)
                .filter(t -> t != null)
                .max(Instant::compareTo)
                .orElse(createdAt);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
