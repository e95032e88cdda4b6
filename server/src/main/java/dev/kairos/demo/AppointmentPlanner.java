package dev.kairos.demo;

import dev.kairos.demo.SeededSite.SeededMember;
import dev.kairos.demo.SeededSite.SeededService;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plans the appointments of a demo location around today: each team member's shifts are filled in
 * order, so a member never holds two appointments at once, and a room or device is given to one
 * appointment at a time. Closed days and days off stay empty.
 */
final class AppointmentPlanner {

    static final int DAYS_AROUND_TODAY = 14;
    private static final int[] GAP_MINUTES = {0, 15, 30, 60, 90, 120, 150, 180, 240};

    private final SeededSite site;
    private final Instant now;
    private final Random random;
    private final Map<Long, List<Instant[]>> heldInstances = new HashMap<>();
    private final List<Planned> planned = new ArrayList<>();

    private AppointmentPlanner(SeededSite site, Instant now, Random random) {
        this.site = site;
        this.now = now;
        this.random = random;
    }

    /**
     * One appointment as planned.
     *
     * @param memberId null for a capacity service that needs no team member
     * @param instanceId the resource instance it holds, or null
     */
    record Planned(
            Long memberId,
            long clientId,
            SeededService service,
            Instant busyFrom,
            Instant startsAt,
            Instant endsAt,
            Instant busyUntil,
            Long instanceId) {}

    static List<Planned> plan(SeededSite site, Instant now, Random random) {
        AppointmentPlanner planner = new AppointmentPlanner(site, now, random);
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        for (LocalDate day = today.minusDays(DAYS_AROUND_TODAY);
                !day.isAfter(today.plusDays(DAYS_AROUND_TODAY));
                day = day.plusDays(1)) {
            if (!day.equals(site.closedDay())) {
                planner.planDay(day);
            }
        }
        return planner.planned;
    }

    private void planDay(LocalDate day) {
        for (SeededMember member : site.members()) {
            LocalTime[] shift = member.spec().pattern().shift(day.getDayOfWeek(), site.site());
            boolean off = member.spec().dayOffThisWeek() && day.equals(site.dayOff());
            if (shift != null && !off) {
                fillShift(member, at(day, shift[0]), at(day, shift[1]));
            }
        }
        if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            LocalTime opens = day.getDayOfWeek() == DayOfWeek.SATURDAY
                    ? site.site().saturdayOpens()
                    : site.site().opens();
            seats(at(day, opens.plusHours(2 + random.nextInt(4))));
        }
    }

    private void fillShift(SeededMember member, ZonedDateTime from, ZonedDateTime until) {
        List<String> skills = List.copyOf(member.minutesByService().keySet());
        ZonedDateTime cursor = from;
        while (true) {
            cursor = cursor.plusMinutes(GAP_MINUTES[random.nextInt(GAP_MINUTES.length)]);
            String key = skills.get(random.nextInt(skills.size()));
            SeededService service = site.services().get(key);
            DemoServices.Spec spec = service.spec();
            Instant startsAt = cursor.toInstant().plus(Duration.ofMinutes(spec.bufferBefore()));
            Instant endsAt =
                    startsAt.plus(Duration.ofMinutes(member.minutesByService().get(key)));
            Instant busyUntil = endsAt.plus(Duration.ofMinutes(spec.bufferAfter() + spec.technicalBreak()));
            if (busyUntil.isAfter(until.toInstant())) {
                return;
            }
            if (spec.bookingType().equals("walk_in_only") && startsAt.isAfter(now)) {
                continue;
            }
            Long instance =
                    spec.resource() == null ? null : freeInstance(spec.resource(), cursor.toInstant(), busyUntil);
            if (spec.resource() != null && instance == null) {
                cursor = cursor.plusMinutes(15);
                continue;
            }
            planned.add(new Planned(
                    member.id(), client(), service, cursor.toInstant(), startsAt, endsAt, busyUntil, instance));
            cursor = ZonedDateTime.ofInstant(busyUntil, cursor.getZone());
        }
    }

    /** A few seats of the capacity service, which needs no team member. */
    private void seats(ZonedDateTime start) {
        SeededService sauna = site.services().get("sauna");
        int seats = random.nextInt(sauna.spec().capacity() + 1);
        Instant end = start.toInstant().plus(Duration.ofMinutes(sauna.spec().minutes()));
        for (int i = 0; i < seats; i++) {
            planned.add(new Planned(null, client(), sauna, start.toInstant(), start.toInstant(), end, end, null));
        }
    }

    private Long freeInstance(String resource, Instant from, Instant until) {
        for (long instance : site.instances().get(resource)) {
            List<Instant[]> held = heldInstances.computeIfAbsent(instance, i -> new ArrayList<>());
            if (held.stream().noneMatch(h -> h[0].isBefore(until) && from.isBefore(h[1]))) {
                held.add(new Instant[] {from, until});
                return instance;
            }
        }
        return null;
    }

    private long client() {
        return site.clients().get(random.nextInt(site.clients().size()));
    }

    private ZonedDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(site.zone());
    }
}
