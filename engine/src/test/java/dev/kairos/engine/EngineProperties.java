package dev.kairos.engine;

import static dev.kairos.engine.Scenario.ANNA;
import static dev.kairos.engine.Scenario.BEN;
import static dev.kairos.engine.Scenario.CUT;
import static dev.kairos.engine.Scenario.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The slot list and the booking re-check agree, and no slot collides with busy time. */
class EngineProperties {

    private final AvailabilityEngine engine = new AvailabilityEngine();

    @Provide
    Arbitrary<List<TimeRange>> busy() {
        return Arbitraries.integers().between(0, 40).list().ofMaxSize(8).map(quarters -> quarters.stream()
                .map(q -> TimeRange.of(
                        Scenario.at(MONDAY, "08:00").plus(Duration.ofMinutes(15L * q)), Duration.ofMinutes(40)))
                .toList());
    }

    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.of(10, 15, 20, 30, 60);
    }

    @Property(tries = 200)
    void everyOfferedSlotPassesTheRecheckAndAvoidsBusyTime(
            @ForAll("busy") List<TimeRange> annaBusy,
            @ForAll("busy") List<TimeRange> benBusy,
            @ForAll("steps") int step,
            @ForAll @IntRange(min = 15, max = 120) int minutes,
            @ForAll @IntRange(min = 0, max = 20) int buffer) {
        AvailabilityRequest request = request(annaBusy, benBusy, step, minutes, buffer);

        for (Slot slot : engine.slots(request, MONDAY)) {
            TimeRange withBuffers = TimeRange.of(
                    slot.start().minus(Duration.ofMinutes(buffer)), slot.end().plus(Duration.ofMinutes(buffer)));
            for (TeamMemberId member : slot.teamMembers()) {
                List<TimeRange> busy = member.equals(ANNA) ? annaBusy : benBusy;
                assertThat(IntervalSet.of(busy).overlaps(withBuffers)).isFalse();
                assertThat(engine.check(request.withStaff(StaffChoice.of(member)), slot.start())
                                .isBookable())
                        .isTrue();
            }
            assertThat(slot.capacityRemaining()).isEqualTo(slot.teamMembers().size());
        }
    }

    @Property(tries = 200)
    void everyStartNotOfferedIsRejected(
            @ForAll("busy") List<TimeRange> annaBusy,
            @ForAll("busy") List<TimeRange> benBusy,
            @ForAll("steps") int step,
            @ForAll @IntRange(min = 15, max = 120) int minutes) {
        AvailabilityRequest request = request(annaBusy, benBusy, step, minutes, 0);
        Set<Instant> offered =
                engine.slots(request, MONDAY).stream().map(Slot::start).collect(Collectors.toSet());

        for (Instant start = Scenario.at(MONDAY, "08:00");
                start.isBefore(Scenario.at(MONDAY, "19:00"));
                start = start.plus(Duration.ofMinutes(5))) {
            assertThat(engine.check(request, start).isBookable()).isEqualTo(offered.contains(start));
        }
    }

    private static AvailabilityRequest request(
            List<TimeRange> annaBusy, List<TimeRange> benBusy, int step, int minutes, int buffer) {
        return AvailabilityRequest.builder(Scenario.salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(Scenario.service(CUT, minutes)
                        .bufferBefore(Duration.ofMinutes(buffer))
                        .bufferAfter(Duration.ofMinutes(buffer))
                        .build())
                .teamMembers(
                        Scenario.member(ANNA, "08:30", "18:30")
                                .busy(IntervalSet.of(annaBusy))
                                .build(),
                        Scenario.member(BEN, "09:00", "17:00")
                                .busy(IntervalSet.of(benBusy))
                                .build())
                .slotStep(Duration.ofMinutes(step))
                .build();
    }
}
