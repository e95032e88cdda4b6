package dev.kairos.engine;

import static dev.kairos.engine.Scenario.ANNA;
import static dev.kairos.engine.Scenario.BEN;
import static dev.kairos.engine.Scenario.COLOUR;
import static dev.kairos.engine.Scenario.CUT;
import static dev.kairos.engine.Scenario.MONDAY;
import static dev.kairos.engine.Scenario.ROOM;
import static dev.kairos.engine.Scenario.at;
import static dev.kairos.engine.Scenario.member;
import static dev.kairos.engine.Scenario.range;
import static dev.kairos.engine.Scenario.salon;
import static dev.kairos.engine.Scenario.service;
import static dev.kairos.engine.Scenario.slots;
import static dev.kairos.engine.Scenario.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackToBackAndResourcesTest {

    private static final ResourceInstanceId ROOM_1 = ResourceInstanceId.of(1);
    private static final ResourceInstanceId ROOM_2 = ResourceInstanceId.of(2);
    private static final ResourceId BASIN = ResourceId.of(200);
    private static final ResourceInstanceId BASIN_1 = ResourceInstanceId.of(3);

    @Test
    void servicesBookedBackToBackLastTheirSum() {
        List<Slot> slots = slots(
                request(List.of(service(CUT, 60).build(), service(COLOUR, 30).build()))
                        .build());

        assertThat(slots.get(0).length()).isEqualTo(Duration.ofMinutes(90));
        assertThat(slots.get(0).end()).isEqualTo(at(MONDAY, "10:30"));
        assertThat(times(slots)).endsWith("16:00", "16:30").doesNotContain("17:00");
    }

    @Test
    void eachServiceKeepsToItsOwnHoursDuringItsOwnSegment() {
        Schedule colourFromNoon = WeeklySchedule.builder()
                .everyDay(LocalTimeWindow.of("12:00", "18:00"))
                .build();
        ServiceSpec colour = service(COLOUR, 30).hours(colourFromNoon).build();

        List<Slot> slots =
                slots(request(List.of(service(CUT, 60).build(), colour)).build());

        assertThat(times(slots)).startsWith("11:00", "11:30");
    }

    @Test
    void buffersSurroundTheWholeBookingNotEachService() {
        ServiceSpec cut = service(CUT, 60)
                .bufferBefore(Duration.ofMinutes(30))
                .bufferAfter(Duration.ofMinutes(30))
                .build();
        ServiceSpec colour = service(COLOUR, 30)
                .bufferBefore(Duration.ofMinutes(30))
                .bufferAfter(Duration.ofMinutes(15))
                .build();
        TeamMember anna = member(ANNA, "08:00", "18:00")
                .busy(range(MONDAY, "08:00", "09:30"), range(MONDAY, "12:15", "13:00"))
                .build();

        List<Slot> slots = slots(
                requestWithoutStaff(List.of(cut, colour)).teamMembers(anna).build());

        assertThat(times(slots)).startsWith("10:00", "10:30").doesNotContain("09:30", "11:00");
    }

    @Test
    void aRequiredResourceNeedsOneFreeInstanceAndTheSlotNamesThem() {
        ServiceSpec cut = service(CUT, 60).requires(ROOM).build();
        AvailabilityRequest request = requestWithoutStaff(List.of(cut))
                .teamMembers(
                        member(ANNA, "09:00", "18:00").build(),
                        member(BEN, "09:00", "18:00").build())
                .resourceInstances(
                        room(ROOM_1, range(MONDAY, "10:00", "11:00"), range(MONDAY, "12:00", "13:00")),
                        room(ROOM_2, range(MONDAY, "10:30", "11:30")))
                .build();

        List<Slot> slots = slots(request);

        assertThat(slot(slots, "09:00").resources()).isEqualTo(Map.of(ROOM, List.of(ROOM_1, ROOM_2)));
        assertThat(slot(slots, "09:00").capacityRemaining()).isEqualTo(2);
        assertThat(slot(slots, "11:00").resources()).isEqualTo(Map.of(ROOM, List.of(ROOM_1)));
        assertThat(slot(slots, "11:00").capacityRemaining()).isEqualTo(1);
        assertThat(slot(slots, "11:00").teamMembers()).containsExactly(ANNA, BEN);
        assertThat(times(slots)).doesNotContain("10:00");
    }

    @Test
    void aResourceIsHeldOnlyDuringTheServicesThatNeedIt() {
        ServiceSpec wash = service(CUT, 30).requires(BASIN).build();
        ServiceSpec colour = service(COLOUR, 60).requires(ROOM).build();
        AvailabilityRequest request = request(List.of(wash, colour))
                .resourceInstances(
                        room(ROOM_1, range(MONDAY, "09:00", "09:30")),
                        ResourceInstance.of(BASIN_1, BASIN, IntervalSet.of(range(MONDAY, "09:30", "11:00"))))
                .build();

        List<Slot> slots = slots(request);

        assertThat(slot(slots, "09:00").resources()).isEqualTo(Map.of(ROOM, List.of(ROOM_1), BASIN, List.of(BASIN_1)));
        assertThat(times(slots)).doesNotContain("09:30", "10:00", "10:30").contains("11:00");
    }

    @Test
    void aStaffFreeServiceIsCappedByItsFreeInstances() {
        ServiceSpec yoga = service(CUT, 60).withoutStaff(5).requires(ROOM).build();
        AvailabilityRequest request = requestWithoutStaff(List.of(yoga))
                .resourceInstances(room(ROOM_1), room(ROOM_2, range(MONDAY, "10:00", "11:00")))
                .bookings(
                        CUT,
                        List.of(
                                range(MONDAY, "11:00", "12:00"),
                                range(MONDAY, "11:00", "12:00"),
                                range(MONDAY, "11:00", "12:00"),
                                range(MONDAY, "11:00", "12:00")))
                .build();

        List<Slot> slots = slots(request);

        assertThat(slot(slots, "09:00").capacityRemaining()).isEqualTo(2);
        assertThat(slot(slots, "10:00").capacityRemaining()).isEqualTo(1);
        assertThat(slot(slots, "11:00").capacityRemaining()).isEqualTo(1);
        assertThat(slot(slots, "09:00").teamMembers()).isEmpty();
    }

    @Test
    void aMembersOwnDurationsApplyToEachServiceOfABackToBackBooking() {
        TeamMember quickAnna = member(ANNA, "09:00", "18:00")
                .duration(COLOUR, Duration.ofMinutes(15))
                .build();
        AvailabilityRequest request = requestWithoutStaff(
                        List.of(service(CUT, 60).build(), service(COLOUR, 30).build()))
                .teamMembers(quickAnna)
                .staff(StaffChoice.of(ANNA))
                .build();

        BookingDecision decision = new AvailabilityEngine().check(request, at(MONDAY, "16:30"));

        assertThat(decision).isInstanceOfSatisfying(BookingDecision.Bookable.class, bookable -> assertThat(
                        bookable.slot().length())
                .isEqualTo(Duration.ofMinutes(75)));
        assertThat(new AvailabilityEngine().check(request, at(MONDAY, "17:00")))
                .isEqualTo(new BookingDecision.Rejected(RejectionReason.OUTSIDE_OPENING_HOURS));
    }

    @Test
    void noInstanceAtAllMeansNoSlot() {
        assertThat(slots(request(List.of(service(CUT, 60).requires(ROOM).build()))
                        .build()))
                .isEmpty();
    }

    private static ResourceInstance room(ResourceInstanceId id, TimeRange... busy) {
        return ResourceInstance.of(id, ROOM, IntervalSet.of(busy));
    }

    private static Slot slot(List<Slot> slots, String time) {
        return slots.stream()
                .filter(s -> s.localTime().toString().equals(time))
                .findFirst()
                .orElseThrow();
    }

    /** Anna is added by default; tests that bring their own team call {@link #requestWithoutStaff}. */
    private static AvailabilityRequest.Builder request(List<ServiceSpec> services) {
        return requestWithoutStaff(services)
                .teamMembers(member(ANNA, "09:00", "18:00").build());
    }

    private static AvailabilityRequest.Builder requestWithoutStaff(List<ServiceSpec> services) {
        AvailabilityRequest.Builder builder = AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .slotStep(Duration.ofMinutes(30));
        services.forEach(builder::services);
        return builder;
    }
}
