package dev.kairos.engine;

import static dev.kairos.engine.Scenario.ANNA;
import static dev.kairos.engine.Scenario.BEN;
import static dev.kairos.engine.Scenario.CUT;
import static dev.kairos.engine.Scenario.MONDAY;
import static dev.kairos.engine.Scenario.at;
import static dev.kairos.engine.Scenario.member;
import static dev.kairos.engine.Scenario.range;
import static dev.kairos.engine.Scenario.salon;
import static dev.kairos.engine.Scenario.service;
import static dev.kairos.engine.Scenario.slots;
import static dev.kairos.engine.Scenario.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffAndCapacityTest {

    private final TeamMember anna =
            member(ANNA, "09:00", "18:00").busy(range(MONDAY, "10:00", "11:00")).build();
    private final TeamMember ben =
            member(BEN, "09:00", "18:00").busy(range(MONDAY, "12:00", "13:00")).build();

    @Test
    void anyStaffIsTheUnionAcrossMembersAndCapacityCountsFreeMembers() {
        List<Slot> slots = slots(request(service(CUT, 60).build(), StaffChoice.any()));

        assertThat(slots)
                .extracting(s -> s.localTime().toString(), Slot::teamMembers, Slot::capacityRemaining)
                .startsWith(
                        tuple("09:00", List.of(ANNA, BEN), 2),
                        tuple("10:00", List.of(BEN), 1),
                        tuple("11:00", List.of(ANNA, BEN), 2),
                        tuple("12:00", List.of(ANNA), 1));
    }

    @Test
    void oneChosenMemberSeesOnlyTheirOwnFreeTime() {
        List<Slot> slots = slots(request(service(CUT, 60).build(), StaffChoice.of(ANNA)));

        assertThat(times(slots)).doesNotContain("10:00").contains("12:00");
        assertThat(slots).allSatisfy(slot -> assertThat(slot.teamMembers()).containsExactly(ANNA));
    }

    @Test
    void altegioStaffZeroMeansAny() {
        assertThat(StaffChoice.fromAltegio(0)).isEqualTo(StaffChoice.any());
        assertThat(StaffChoice.fromAltegio(10).member()).contains(ANNA);
    }

    @Test
    void locationStaffLeavesOutMembersWhoExcludeTheService() {
        TeamMember benNoCuts = member(BEN, "09:00", "18:00").excludes(CUT).build();

        List<Slot> slots = slots(request(service(CUT, 60).build(), StaffChoice.any(), anna, benNoCuts));

        assertThat(slots).allSatisfy(slot -> assertThat(slot.teamMembers()).containsExactly(ANNA));
    }

    @Test
    void anAllowListUsesOnlyTheListedMembers() {
        ServiceSpec bensCut =
                service(CUT, 60).staffSource(StaffSource.allowList(Set.of(BEN))).build();

        List<Slot> slots = slots(request(bensCut, StaffChoice.any()));

        assertThat(slots).allSatisfy(slot -> assertThat(slot.teamMembers()).containsExactly(BEN));
        assertThat(slots(request(bensCut, StaffChoice.of(ANNA)))).isEmpty();
    }

    @Test
    void membersWithTheirOwnDurationGetSlotsOfTheirLength() {
        TeamMember quickBen = member(BEN, "09:00", "18:00")
                .duration(CUT, Duration.ofMinutes(30))
                .build();
        ServiceSpec cut = service(CUT, 60).build();

        List<Slot> slots = slots(
                request(cut, StaffChoice.any(), member(ANNA, "09:00", "18:00").build(), quickBen));

        assertThat(slots)
                .filteredOn(s -> s.localTime().toString().equals("09:00"))
                .extracting(Slot::length, Slot::teamMembers, Slot::end)
                .containsExactly(
                        tuple(Duration.ofMinutes(30), List.of(BEN), at(MONDAY, "09:30")),
                        tuple(Duration.ofMinutes(60), List.of(ANNA), at(MONDAY, "10:00")));
    }

    @ParameterizedTest(name = "{0} bookings overlap 10:00–11:00 of max 3: capacity {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                                  | 3
        10:00-11:00                         | 2
        09:00-10:00                         | 3
        11:00-12:00                         | 3
        10:30-10:45,09:30-10:15             | 1
        10:00-11:00,10:00-11:00,10:59-11:30 | 0
        """)
    void servicesWithoutStaffCountOverlappingBookingsAgainstTheirCapacity(String bookings, int capacity) {
        ServiceSpec yoga = service(CUT, 60).withoutStaff(3).build();
        AvailabilityRequest request = AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(yoga)
                .bookings(CUT, parse(bookings))
                .slotStep(Duration.ofMinutes(60))
                .build();

        List<Slot> ten = slots(request).stream()
                .filter(s -> s.localTime().toString().equals("10:00"))
                .toList();

        assertThat(ten.stream().mapToInt(Slot::capacityRemaining).sum()).isEqualTo(capacity);
        ten.forEach(slot -> assertThat(slot.teamMembers()).isEmpty());
    }

    private static List<TimeRange> parse(String bookings) {
        if (bookings == null || bookings.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(bookings.split(","))
                .map(b -> range(MONDAY, b.split("-")[0], b.split("-")[1]))
                .toList();
    }

    private AvailabilityRequest request(ServiceSpec service, StaffChoice staff) {
        return request(service, staff, anna, ben);
    }

    private static AvailabilityRequest request(ServiceSpec service, StaffChoice staff, TeamMember... members) {
        return AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(service)
                .teamMembers(members)
                .staff(staff)
                .slotStep(Duration.ofMinutes(60))
                .build();
    }
}
