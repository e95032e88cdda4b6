package dev.kairos.availability;

import dev.kairos.engine.AvailabilityEngine;
import dev.kairos.engine.AvailabilityRequest;
import dev.kairos.engine.BookingDecision;
import dev.kairos.engine.DateRange;
import dev.kairos.engine.IntervalSet;
import dev.kairos.engine.ResourceInstance;
import dev.kairos.engine.ServiceId;
import dev.kairos.engine.ServiceSpec;
import dev.kairos.engine.Slot;
import dev.kairos.engine.StaffChoice;
import dev.kairos.engine.TeamMember;
import dev.kairos.engine.TeamMemberId;
import dev.kairos.engine.TimeRange;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;

/** Answers "when can this be booked?" from the database, through the pure engine. */
@Service
public class Availability {

    private final AvailabilityRepository repository;
    private final RulesSnapshots snapshots;
    private final AvailabilityEngine engine = new AvailabilityEngine();

    Availability(AvailabilityRepository repository, RulesSnapshots snapshots) {
        this.repository = repository;
        this.snapshots = snapshots;
    }

    /**
     * Loads everything the engine needs for {@code query}.
     *
     * @throws dev.kairos.refusal.Refused NOT_FOUND for an unknown location or team member; NOT_BOOKABLE (438) for a
     *     service that is unknown, removed or (online) not bookable by clients
     */
    public Offer prepare(AvailabilityQuery query, Instant now) {
        return prepare(query, now, SharedLocks.NONE, null, chain -> {}, false);
    }

    /**
     * As {@link #prepare(AvailabilityQuery, Instant)}, with the caller's access decided on the
     * same read: {@code chainCheck} sees the location's chain before anything else is judged, and
     * throws to refuse (an online read then needs no access query of its own).
     */
    public Offer prepare(AvailabilityQuery query, Instant now, LongConsumer chainCheck) {
        return prepare(query, now, SharedLocks.NONE, null, chainCheck, false);
    }

    /**
     * As {@link #prepare(AvailabilityQuery, Instant)} inside a booking's transaction, with {@code
     * shared} locked in share mode before anything is read (in the same round trip): the busy time
     * read then includes whatever a writer holding one of them exclusively had written. The
     * location's rules and the services are taken from the location's snapshot (see {@link
     * RulesSnapshots}): the round trip reads the rules' version after the share locks instead of
     * the rules, which are read again (in this transaction) only when it is not the snapshot's. The
     * transaction must not have written any of the rules itself.
     *
     * @param zone the location's zone as the caller read it, or null: for one team member, her held
     *     time is then read in the same round trip too (and read again should the zone or the
     *     services' lengths have changed meanwhile)
     */
    public Offer prepareBooking(AvailabilityQuery query, Instant now, SharedLocks shared, ZoneId zone) {
        return prepare(query, now, shared, zone, chain -> {}, true);
    }

    /**
     * The services of the location among {@code ids}, unknown and removed ones left out, as the
     * location's snapshot holds them: perhaps stale (read no later than the rules last changed
     * in another process), so only for a choice that a booking's transaction checks again with
     * {@link #prepareBooking}. None for an unknown location.
     */
    public List<ServiceRules> snapshotServiceRules(long locationId, List<Long> ids) {
        return snapshots
                .current(locationId)
                .map(snapshot -> snapshot.services(ids))
                .orElse(List.of());
    }

    // Two round trips: the location, services and members with their hours together, then the busy
    // time (and one more each for resource instances and staff-free seats, when the services have them).
    // From a snapshot, the location and services are not read: only their version is, with the members.
    private Offer prepare(
            AvailabilityQuery query,
            Instant now,
            SharedLocks shared,
            ZoneId zone,
            LongConsumer chainCheck,
            boolean fromSnapshot) {
        Long only = query.staffId() == 0 ? null : query.staffId();
        RulesSnapshots.Snapshot kept =
                fromSnapshot ? snapshots.current(query.locationId()).orElse(null) : null;
        List<ServiceRules> expected = kept != null ? kept.services(query.serviceIds()) : List.of();
        AvailabilityRepository.BusyWindow ahead = zone == null || only == null || expected.isEmpty()
                ? null
                : busyWindow(query, only, zone, reach(expected));
        AvailabilityRepository.Loaded loaded = repository.load(
                query.locationId(),
                new LinkedHashSet<>(query.serviceIds()),
                only,
                query.online(),
                query.from(),
                query.to().plusDays(1),
                shared,
                ahead,
                fromSnapshot);
        LocationRules location;
        List<ServiceRules> found;
        if (fromSnapshot) {
            RulesSnapshots.Snapshot checked = loaded.version() == null
                    ? null
                    : snapshots.at(query.locationId(), loaded.version()).orElse(null);
            if (checked == null) {
                throw Refusal.notFound("Location").exception();
            }
            location = checked.location(query.from(), query.to().plusDays(1))
                    .or(() -> repository.location(
                            query.locationId(), query.from(), query.to().plusDays(1)))
                    .orElseThrow(() -> Refusal.notFound("Location").exception());
            found = checked.services(query.serviceIds());
        } else {
            location = loaded.location()
                    .orElseThrow(() -> Refusal.notFound("Location").exception());
            found = loaded.services();
        }
        chainCheck.accept(location.chainId());
        List<ServiceRules> services = services(query, found);
        Map<Long, Assigned> members = members(only, services, loaded.members());
        // Slots start inside the asked days, so only time held within one booking's reach of them matters.
        Duration reach = reach(location, services);
        Instant busyFrom =
                query.from().atStartOfDay(location.zone()).toInstant().minus(reach);
        Instant busyTo =
                query.to().plusDays(1).atStartOfDay(location.zone()).toInstant().plus(reach);
        AvailabilityRepository.BusyWindow window = new AvailabilityRepository.BusyWindow(
                only == null ? 0 : only, busyFrom, busyTo, query.excludeAppointment());
        Map<Long, IntervalSet> held = window.equals(ahead) ? loaded.busy() : null;
        AvailabilityRequest.Builder request = AvailabilityRequest.builder(location.engineLocation(), now)
                .staff(StaffChoice.fromAltegio(query.staffId()))
                .slotStep(Duration.ofMinutes(step(location, services)))
                .services(specs(location, services))
                .teamMembers(teamMembers(query, services, members, busyFrom, busyTo, held));
        instances(services, busyFrom, busyTo, query.excludeAppointment()).forEach(request::resourceInstances);
        bookings(services, busyFrom, busyTo, query.excludeAppointment()).forEach(request::bookings);
        return new Offer(location, services, List.copyOf(members.keySet()), travelling(members), request.build());
    }

    /** The services of the location among {@code ids}, unknown and removed ones left out (one query, no transaction of its own). */
    public List<ServiceRules> serviceRules(long locationId, List<Long> ids) {
        return repository.services(locationId, ids);
    }

    public List<Slot> slots(Offer offer, LocalDate date) {
        return engine.slots(offer.request(), date);
    }

    /** Dates with at least one slot in {@code from..to}, any length (searched 31 days at a time). */
    public List<LocalDate> datesWithSlots(Offer offer, LocalDate from, LocalDate to) {
        return inChunks(from, to, range -> engine.datesWithSlots(offer.request(), range));
    }

    /** Dates in {@code from..to} on which the location is open and the asked-for staff work. */
    public List<LocalDate> workingDates(Offer offer, LocalDate from, LocalDate to) {
        return inChunks(from, to, range -> engine.workingDates(offer.request(), range));
    }

    private static List<LocalDate> inChunks(
            LocalDate from, LocalDate to, java.util.function.Function<DateRange, List<LocalDate>> search) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate chunk = from; !chunk.isAfter(to); chunk = chunk.plusDays(DateRange.MAX_DAYS)) {
            LocalDate last = chunk.plusDays(DateRange.MAX_DAYS - 1L);
            dates.addAll(search.apply(DateRange.of(chunk, last.isAfter(to) ? to : last)));
        }
        return dates;
    }

    public java.util.Optional<LocalDate> nearestDate(Offer offer, long teamMemberId, LocalDate from, int days) {
        return engine.nearestDateWithSlot(offer.request().withStaff(StaffChoice.fromAltegio(teamMemberId)), from, days);
    }

    /**
     * Whether the team member's working hours at the location (weekly hours with dated overrides)
     * cover {@code startInclusive..endExclusive}: what staff booking by hand must respect unless
     * they overbook on purpose.
     */
    public boolean worksThrough(
            long locationId, ZoneId zone, long teamMemberId, Instant startInclusive, Instant endExclusive) {
        LocalDate first = startInclusive.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = endExclusive.atZone(zone).toLocalDate();
        Assigned hours = repository
                .workingHours(locationId, List.of(teamMemberId), first, last.plusDays(1))
                .get(teamMemberId);
        return hours != null
                && hours.workingHours().inZone(zone, first, last).contains(TimeRange.of(startInclusive, endExclusive));
    }

    /** The members who are not on the location's staff: brought in by a service's allow-list. */
    private static Set<Long> travelling(Map<Long, Assigned> members) {
        Set<Long> travelling = new java.util.HashSet<>();
        members.forEach((id, assigned) -> {
            if (!assigned.onStaff()) {
                travelling.add(id);
            }
        });
        return travelling;
    }

    public BookingDecision check(Offer offer, long teamMemberId, Instant start) {
        return engine.check(offer.request().withStaff(StaffChoice.fromAltegio(teamMemberId)), start);
    }

    /** The query's services, in its order, once {@code found} is shown to hold each of them and to allow the booking. */
    private static List<ServiceRules> services(AvailabilityQuery query, List<ServiceRules> found) {
        Set<Long> wanted = new LinkedHashSet<>(query.serviceIds());
        if (query.online() && found.stream().anyMatch(s -> "walk_in_only".equals(s.bookingType()))) {
            throw Refusal.of(
                            RefusalCode.NOT_BOOKABLE,
                            Fault.of(
                                    "refusal.walk-in-only",
                                    "This service is walk-in only: it cannot be booked online; join the walk-in queue at /book/"
                                            + query.locationId() + "/queue",
                                    query.locationId()))
                    .exception();
        }
        if (found.size() != wanted.size()
                || (query.online() && !found.stream().allMatch(ServiceRules::onlineBookable))) {
            throw Refusal.of(
                            RefusalCode.NOT_BOOKABLE,
                            Fault.of("refusal.not-online", "The service is not available for online booking"))
                    .exception();
        }
        if (found.stream().map(ServiceRules::requiresStaff).distinct().count() > 1) {
            throw Refusal.invalid(
                            "service_ids",
                            Fault.of("fault.staff-mixed", "services with and without staff cannot be booked together"))
                    .exception();
        }
        Map<Long, ServiceRules> byId = new java.util.HashMap<>();
        found.forEach(s -> byId.put(s.id(), s));
        return query.serviceIds().stream().distinct().map(byId::get).toList();
    }

    /** The team members who may take the services (none for staff-free ones), with their working hours, in display order. */
    private static Map<Long, Assigned> members(Long only, List<ServiceRules> services, Map<Long, Assigned> loaded) {
        if (!services.isEmpty() && !services.get(0).requiresStaff()) {
            return Map.of();
        }
        if (only != null && loaded.isEmpty()) {
            throw Refusal.notFound("Team member").exception();
        }
        return loaded;
    }

    private List<TeamMember> teamMembers(
            AvailabilityQuery query,
            List<ServiceRules> services,
            Map<Long, Assigned> hours,
            Instant busyFrom,
            Instant busyTo,
            Map<Long, IntervalSet> held) {
        if (hours.isEmpty()) {
            return List.of();
        }
        List<Long> members = List.copyOf(hours.keySet());
        Map<Long, IntervalSet> busy = held != null && held.keySet().containsAll(members)
                ? held
                : repository.staffBusy(members, busyFrom, busyTo, query.excludeAppointment());
        List<TeamMember> result = new ArrayList<>(members.size());
        for (long member : members) {
            Assigned assigned = hours.get(member);
            TeamMember.Builder builder = TeamMember.builder(TeamMemberId.of(member), assigned.workingHours())
                    .busy(busy.getOrDefault(member, IntervalSet.empty()));
            List<ServiceId> excluded = new ArrayList<>();
            services.forEach(s -> {
                Integer own = s.staffDurations().get(member);
                if (own != null) {
                    builder.duration(ServiceId.of(s.id()), Duration.ofSeconds(own));
                }
                if (s.useStaffFromLocation() && !s.takes(member, assigned.onStaff())) {
                    excluded.add(ServiceId.of(s.id()));
                }
            });
            builder.excludes(excluded.toArray(ServiceId[]::new));
            result.add(builder.build());
        }
        return result;
    }

    private static ServiceSpec[] specs(LocationRules location, List<ServiceRules> services) {
        if (services.isEmpty()) {
            return new ServiceSpec[] {
                ServiceSpec.builder(ServiceId.of(0), Duration.ofMinutes(location.slotStepMinutes()))
                        .bookingWindow(dev.kairos.engine.BookingWindow.of(
                                location.minLeadMinutes(), location.maxAdvanceDays()))
                        .build()
            };
        }
        return services.stream().map(s -> s.spec(location)).toArray(ServiceSpec[]::new);
    }

    /** The longest span one booking of {@code services} can hold: every service at its longest, with its buffers and break. */
    private static Duration reach(LocationRules location, List<ServiceRules> services) {
        return services.isEmpty() ? Duration.ofMinutes(location.slotStepMinutes()) : reach(services);
    }

    private static Duration reach(List<ServiceRules> services) {
        long seconds = 0;
        for (ServiceRules s : services) {
            int longest = s.staffDurations().values().stream()
                    .filter(java.util.Objects::nonNull)
                    .reduce(s.durationSeconds(), Math::max);
            seconds += longest + s.bufferBeforeSeconds() + s.bufferAfterSeconds() + s.technicalBreakSeconds();
        }
        return Duration.ofSeconds(seconds);
    }

    /** The window {@link #prepare} reads the member's held time in, for the asked days in {@code zone}. */
    private static AvailabilityRepository.BusyWindow busyWindow(
            AvailabilityQuery query, long member, ZoneId zone, Duration reach) {
        return new AvailabilityRepository.BusyWindow(
                member,
                query.from().atStartOfDay(zone).toInstant().minus(reach),
                query.to().plusDays(1).atStartOfDay(zone).toInstant().plus(reach),
                query.excludeAppointment());
    }

    private static int step(LocationRules location, List<ServiceRules> services) {
        return services.isEmpty() || services.get(0).slotIntervalMinutes() == null
                ? location.slotStepMinutes()
                : services.get(0).slotIntervalMinutes();
    }

    private List<ResourceInstance[]> instances(List<ServiceRules> services, Instant from, Instant to, Long exclude) {
        Set<Long> resources = new LinkedHashSet<>();
        services.forEach(s -> resources.addAll(s.resourceIds()));
        List<ResourceInstance> instances = repository.resourceInstances(resources, from, to, exclude);
        return List.<ResourceInstance[]>of(instances.toArray(ResourceInstance[]::new));
    }

    private Map<ServiceId, List<dev.kairos.engine.TimeRange>> bookings(
            List<ServiceRules> services, Instant from, Instant to, Long exclude) {
        List<Long> staffFree = services.stream()
                .filter(s -> !s.requiresStaff())
                .map(ServiceRules::id)
                .toList();
        Map<ServiceId, List<dev.kairos.engine.TimeRange>> result = new java.util.HashMap<>();
        repository
                .serviceBookings(staffFree, from, to, exclude)
                .forEach((id, ranges) -> result.put(ServiceId.of(id), ranges));
        return result;
    }
}
