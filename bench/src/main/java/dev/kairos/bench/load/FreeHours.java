package dev.kairos.bench.load;

import dev.kairos.bench.load.Dataset.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hours no appointment holds: 09:00 to 18:00 starts on the empty days, of every team member of the
 * chain. Each call of {@link #next()} hands out another; consecutive ones go to different members,
 * so concurrent bookings rarely wait for the same team member's lock.
 */
final class FreeHours {

    private static final int HOURS_A_DAY = 10;
    private static final AtomicInteger PHONES = new AtomicInteger();

    private final List<Member> members;
    private final List<LocalDate> days;
    private final AtomicInteger handedOut = new AtomicInteger();

    /** A free hour of a team member: {@code hour}:00 local time on {@code day}. */
    record Hour(Member member, LocalDate day, int hour) {}

    FreeHours(Dataset data, int atLeast) {
        this.members = data.everyone();
        this.days = data.emptyDays(atLeast / (members.size() * HOURS_A_DAY) + 1);
    }

    /** @throws IllegalStateException once every free hour has been handed out */
    Hour next() {
        int n = handedOut.getAndIncrement();
        int perDay = members.size() * HOURS_A_DAY;
        if (n / perDay >= days.size()) {
            throw new IllegalStateException("all " + days.size() * perDay + " free hours are handed out");
        }
        return new Hour(members.get(n % members.size()), days.get(n / perDay), 9 + (n / members.size()) % HOURS_A_DAY);
    }

    /** A Berlin phone number no seeded client and no earlier booking of this run has. */
    static String newPhone() {
        return "+4930" + (3_000_000 + PHONES.getAndIncrement());
    }
}
