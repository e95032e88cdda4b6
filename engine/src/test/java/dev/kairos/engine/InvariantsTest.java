package dev.kairos.engine;

import static dev.kairos.engine.Scenario.ANNA;
import static dev.kairos.engine.Scenario.COLOUR;
import static dev.kairos.engine.Scenario.CUT;
import static dev.kairos.engine.Scenario.salon;
import static dev.kairos.engine.Scenario.service;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Broken inputs are programming errors: they throw instead of producing odd slots. */
class InvariantsTest {

    @Test
    void serviceLengthsMustBePositiveWholeSeconds() {
        assertThrows(() -> service(CUT, 0).build());
        assertThrows(() -> ServiceSpec.builder(CUT, Duration.ofMillis(90_500)).build());
        assertThrows(() -> service(CUT, 30).bufferBefore(Duration.ofMinutes(-5)).build());
        assertThrows(
                () -> service(CUT, 30).technicalBreak(Duration.ofMinutes(-5)).build());
        assertThrows(() -> service(CUT, 30).withoutStaff(0).build());
    }

    @Test
    void memberDurationsMustBePositive() {
        assertThrows(() -> Scenario.member(ANNA, "09:00", "18:00")
                .duration(CUT, Duration.ZERO)
                .build());
    }

    @Test
    void aRequestNeedsServicesOneStaffRuleAndAPositiveStep() {
        assertThrows(() -> AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .build());
        assertThrows(() -> AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(
                        service(CUT, 30).build(),
                        service(COLOUR, 30).withoutStaff(2).build())
                .build());
        assertThrows(() -> AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(service(CUT, 30).build())
                .slotStep(Duration.ZERO)
                .build());
        assertThrows(() -> AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(service(CUT, 30).build())
                .slotStep(Duration.ofMillis(500))
                .build());
    }

    @Test
    void windowsAndRangesRejectNullsAndReversals() {
        assertThrows(() -> BookingWindow.of(-1, 3));
        assertThrows(() -> BookingWindow.of(0, -1));
        assertThrows(() -> DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertThatThrownBy(() -> LocalTimeWindow.of(null, LocalTime.NOON)).isInstanceOf(NullPointerException.class);
    }

    private static void assertThrows(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class);
    }
}
