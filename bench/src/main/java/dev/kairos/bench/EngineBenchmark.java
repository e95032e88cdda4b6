package dev.kairos.bench;

import dev.kairos.engine.AvailabilityEngine;
import dev.kairos.engine.AvailabilityRequest;
import dev.kairos.engine.DateRange;
import dev.kairos.engine.LocalTimeWindow;
import dev.kairos.engine.Location;
import dev.kairos.engine.ServiceId;
import dev.kairos.engine.ServiceSpec;
import dev.kairos.engine.Slot;
import dev.kairos.engine.StaffChoice;
import dev.kairos.engine.TeamMember;
import dev.kairos.engine.TeamMemberId;
import dev.kairos.engine.TimeRange;
import dev.kairos.engine.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine on a realistic salon: open 09:00–19:00 Monday to Saturday in Europe/Berlin, a
 * 45-minute service on a 15-minute grid, every member with about eight appointments a day.
 */
@State(Scope.Benchmark)
public class EngineBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 10);
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final ServiceId SERVICE = ServiceId.of(1);
    private static final int APPOINTMENTS_PER_DAY = 8;

    private final AvailabilityEngine engine = new AvailabilityEngine();
    private AvailabilityRequest oneMember;
    private AvailabilityRequest fiftyMembers;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        List<TeamMember> team = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            team.add(member(i, random));
        }
        oneMember = request(team.subList(0, 1), StaffChoice.of(TeamMemberId.of(1)));
        fiftyMembers = request(team, StaffChoice.any());
    }

    /** One member, one day of slots: staff-days per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Slot> oneMemberOneDay() {
        return engine.slots(oneMember, DAY);
    }

    /** book_dates: which of 30 days have a slot for one member. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<LocalDate> oneMemberThirtyDayDates() {
        return engine.datesWithSlots(oneMember, DateRange.of(DAY, DAY.plusDays(29)));
    }

    /** book_times with staff 0: one day, any of 50 members. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Slot> anyOfFiftyMembersOneDay() {
        return engine.slots(fiftyMembers, DAY);
    }

    private static AvailabilityRequest request(List<TeamMember> team, StaffChoice staff) {
        WeeklySchedule hours = WeeklySchedule.builder()
                .everyDay(LocalTimeWindow.of("09:00", "19:00"))
                .on(DayOfWeek.SUNDAY)
                .build();
        return AvailabilityRequest.builder(Location.of(ZONE, hours), NOW)
                .services(ServiceSpec.builder(SERVICE, Duration.ofMinutes(45))
                        .bufferAfter(Duration.ofMinutes(10))
                        .build())
                .teamMembers(team)
                .staff(staff)
                .slotStep(Duration.ofMinutes(15))
                .build();
    }

    private static TeamMember member(int id, Random random) {
        WeeklySchedule hours = WeeklySchedule.builder()
                .everyDay(LocalTimeWindow.of("09:00", "19:00"))
                .build();
        TeamMember.Builder member = TeamMember.builder(TeamMemberId.of(id), hours);
        for (LocalDate date = DAY.minusDays(1); date.isBefore(DAY.plusDays(32)); date = date.plusDays(1)) {
            member.busy(appointments(date, random).toArray(TimeRange[]::new));
        }
        return member.build();
    }

    /**
     * Eight 45-minute appointments (busy 55 minutes with the buffer), each at the top of one of the
     * ten opening hours, leaving two random hours and the five-minute ends of the others free.
     */
    private static List<TimeRange> appointments(LocalDate date, Random random) {
        List<Integer> hours = new ArrayList<>(List.of(9, 10, 11, 12, 13, 14, 15, 16, 17, 18));
        Collections.shuffle(hours, random);
        List<TimeRange> busy = new ArrayList<>();
        for (int hour : hours.subList(0, APPOINTMENTS_PER_DAY)) {
            Instant start = date.atTime(hour, 0).atZone(ZONE).toInstant();
            busy.add(TimeRange.of(start, Duration.ofMinutes(55)));
        }
        return busy;
    }
}
