package dev.kairos.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A small test DSL: a Berlin salon on Monday 2 March 2026, built up per test. */
final class Scenario {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final Instant SUNDAY_NOON = Instant.parse("2026-03-01T11:00:00Z");
    static final ServiceId CUT = ServiceId.of(1);
    static final ServiceId COLOUR = ServiceId.of(2);
    static final TeamMemberId ANNA = TeamMemberId.of(10);
    static final TeamMemberId BEN = TeamMemberId.of(11);
    static final ResourceId ROOM = ResourceId.of(100);

    private Scenario() {}

    static Instant at(LocalDate date, String time) {
        return at(date, time, BERLIN);
    }

    static Instant at(LocalDate date, String time, ZoneId zone) {
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(zone).toInstant();
    }

    static TimeRange range(LocalDate date, String from, String to) {
        return TimeRange.of(at(date, from), at(date, to));
    }

    static Location salon(String opens, String closes) {
        return Location.of(
                BERLIN,
                WeeklySchedule.builder()
                        .everyDay(LocalTimeWindow.of(opens, closes))
                        .build());
    }

    static ServiceSpec.Builder service(ServiceId id, int minutes) {
        return ServiceSpec.builder(id, Duration.ofMinutes(minutes));
    }

    static TeamMember.Builder member(TeamMemberId id, String from, String to) {
        return TeamMember.builder(
                id,
                WeeklySchedule.builder().everyDay(LocalTimeWindow.of(from, to)).build());
    }

    /** Anna works 09:00–18:00 at a salon open 09:00–18:00; a 60-minute cut on a 60-minute step. */
    static AvailabilityRequest.Builder oneMemberDay() {
        return AvailabilityRequest.builder(salon("09:00", "18:00"), SUNDAY_NOON)
                .services(service(CUT, 60).build())
                .teamMembers(member(ANNA, "09:00", "18:00").build())
                .slotStep(Duration.ofMinutes(60));
    }

    static List<String> times(List<Slot> slots) {
        return slots.stream().map(slot -> slot.localTime().toString()).toList();
    }

    static List<Slot> slots(AvailabilityRequest request) {
        return new AvailabilityEngine().slots(request, MONDAY);
    }
}
