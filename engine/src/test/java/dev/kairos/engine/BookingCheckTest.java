package dev.kairos.engine;

import static dev.kairos.engine.Scenario.ANNA;
import static dev.kairos.engine.Scenario.BEN;
import static dev.kairos.engine.Scenario.CUT;
import static dev.kairos.engine.Scenario.MONDAY;
import static dev.kairos.engine.Scenario.ROOM;
import static dev.kairos.engine.Scenario.at;
import static dev.kairos.engine.Scenario.member;
import static dev.kairos.engine.Scenario.range;
import static dev.kairos.engine.Scenario.salon;
import static dev.kairos.engine.Scenario.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingCheckTest {

    private final AvailabilityEngine engine = new AvailabilityEngine();
    private final TeamMember anna =
            member(ANNA, "09:00", "18:00").busy(range(MONDAY, "10:00", "11:00")).build();
    private final TeamMember ben =
            member(BEN, "12:00", "18:00").busy(range(MONDAY, "14:00", "15:00")).build();

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
        "10, 09:00, ",
        "10, 10:00, SLOT_TAKEN",
        "11, 10:00, STAFF_NOT_AVAILABLE",
        "0,  10:00, NO_STAFF_AVAILABLE",
        "0,  14:00, ",
        "11, 14:00, SLOT_TAKEN",
        "10, 08:00, NOT_A_SLOT_START",
        "10, 09:30, NOT_A_SLOT_START",
        "0,  17:30, NOT_A_SLOT_START",
        "99, 09:00, STAFF_NOT_AVAILABLE",
    })
    void namesTheRuleAStartBreaks(long staffId, String time, RejectionReason expected) {
        BookingDecision decision = engine.check(request(StaffChoice.fromAltegio(staffId)), at(MONDAY, time));

        if (expected == null) {
            assertThat(decision).isInstanceOf(BookingDecision.Bookable.class);
        } else {
            assertThat(decision).isEqualTo(new BookingDecision.Rejected(expected));
        }
    }

    @Test
    void aBookableStartComesWithItsSlot() {
        BookingDecision decision = engine.check(request(StaffChoice.any()), at(MONDAY, "12:00"));

        assertThat(decision).isInstanceOfSatisfying(BookingDecision.Bookable.class, bookable -> {
            assertThat(bookable.slot().teamMembers()).containsExactly(ANNA, BEN);
            assertThat(bookable.slot().end()).isEqualTo(at(MONDAY, "13:00"));
        });
    }

    @Test
    void tooSoonOrTooFarAheadIsOutsideTheBookingWindow() {
        ServiceSpec cut =
                service(CUT, 60).bookingWindow(BookingWindow.of(120, 7)).build();
        Instant now = at(MONDAY, "08:30");

        assertThat(engine.check(request(cut, now), at(MONDAY, "10:00")))
                .isEqualTo(new BookingDecision.Rejected(RejectionReason.OUTSIDE_BOOKING_WINDOW));
        assertThat(engine.check(request(cut, now), at(MONDAY, "11:00")).isBookable())
                .isTrue();
        assertThat(engine.check(request(cut, now), at(MONDAY.plusDays(7), "11:00"))
                        .isBookable())
                .isTrue();
        assertThat(engine.check(request(cut, now), at(MONDAY.plusDays(8), "11:00")))
                .isEqualTo(new BookingDecision.Rejected(RejectionReason.OUTSIDE_BOOKING_WINDOW));
    }

    @Test
    void aServiceRunningPastItsHoursIsOutsideOpeningHours() {
        ServiceSpec morningCut = service(CUT, 60)
                .hours(WeeklySchedule.builder()
                        .everyDay(LocalTimeWindow.of("09:00", "12:00"))
                        .build())
                .build();

        assertThat(engine.check(request(morningCut, Scenario.SUNDAY_NOON), at(MONDAY, "12:00")))
                .isEqualTo(new BookingDecision.Rejected(RejectionReason.OUTSIDE_OPENING_HOURS));
    }

    @Test
    void freeStaffWithoutAFreeRoomIsResourceUnavailable() {
        ServiceSpec roomCut = service(CUT, 60).requires(ROOM).build();
        ResourceInstance room =
                ResourceInstance.of(ResourceInstanceId.of(1), ROOM, IntervalSet.of(range(MONDAY, "09:00", "10:00")));
        AvailabilityRequest request = AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(roomCut)
                .teamMembers(anna)
                .resourceInstances(room)
                .slotStep(Duration.ofHours(1))
                .build();

        assertThat(engine.check(request, at(MONDAY, "09:00")))
                .isEqualTo(new BookingDecision.Rejected(RejectionReason.RESOURCE_UNAVAILABLE));
        assertThat(engine.check(request, at(MONDAY, "11:00")).isBookable()).isTrue();
    }

    @Test
    void aFullStaffFreeServiceIsTaken() {
        ServiceSpec yoga = service(CUT, 60).withoutStaff(1).build();
        AvailabilityRequest request = AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(yoga)
                .bookings(CUT, List.of(range(MONDAY, "09:00", "10:00")))
                .slotStep(Duration.ofHours(1))
                .build();

        assertThat(engine.check(request, at(MONDAY, "09:00")))
                .isEqualTo(new BookingDecision.Rejected(RejectionReason.SLOT_TAKEN));
        assertThat(engine.check(request, at(MONDAY, "10:00")).isBookable()).isTrue();
    }

    @Test
    void aMemberOutsideTheAllowListIsNotAvailable() {
        ServiceSpec bensCut =
                service(CUT, 60).staffSource(StaffSource.allowList(Set.of(BEN))).build();
        AvailabilityRequest request = AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(bensCut)
                .teamMembers(anna, ben)
                .staff(StaffChoice.of(ANNA))
                .slotStep(Duration.ofHours(1))
                .build();

        assertThat(engine.check(request, at(MONDAY, "12:00")))
                .isEqualTo(new BookingDecision.Rejected(RejectionReason.STAFF_NOT_AVAILABLE));
    }

    private AvailabilityRequest request(StaffChoice staff) {
        return AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(service(CUT, 60).build())
                .teamMembers(anna, ben)
                .staff(staff)
                .slotStep(Duration.ofHours(1))
                .build();
    }

    private AvailabilityRequest request(ServiceSpec service, Instant now) {
        return AvailabilityRequest.builder(salon("09:00", "18:00"), now)
                .services(service)
                .teamMembers(anna)
                .slotStep(Duration.ofHours(1))
                .build();
    }
}
