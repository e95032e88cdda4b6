package dev.kairos.staffbooking;

import dev.kairos.availability.Availability;
import dev.kairos.availability.HeldTime;
import dev.kairos.availability.ServiceRules;
import dev.kairos.booking.Bookings;
import dev.kairos.booking.NewAppointment;
import dev.kairos.booking.RecordPlanner;
import dev.kairos.directory.Location;
import dev.kairos.engine.ResourceInstanceId;
import dev.kairos.refusal.Fault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What stands in the way of a staff-made appointment, read under the booking's locks: the team
 * member's other appointments and group events, their working hours, the capacity of staff-free
 * services, and a free instance of each resource the services need.
 */
@Repository
class Conflicts {

    private final JdbcClient db;
    private final Availability availability;

    Conflicts(JdbcClient db, Availability availability) {
        this.db = db;
        this.availability = availability;
    }

    /** The problems found (none: the time is free) and the resource instances to hold. */
    record Outcome(List<Fault> problems, List<NewAppointment.Hold> holds) {}

    Outcome check(Location location, RecordPlanner.Plan plan, Long self) {
        List<Fault> problems = new ArrayList<>();
        NewAppointment.Times t = plan.times();
        if (plan.member() != null) {
            if (memberBusy(plan.member(), t.busyFrom(), t.busyUntil(), self)) {
                problems.add(Fault.of("refusal.member-busy", "The team member has another appointment at this time"));
            }
            if (!availability.worksThrough(location.id(), location.zone(), plan.member(), t.start(), t.end())) {
                problems.add(Fault.of(
                        "refusal.outside-member-hours", "The time is outside the team member's working hours"));
            }
        }
        for (ServiceRules service : plan.staffFree()) {
            if (taken(service.id(), t.busyFrom(), t.busyUntil(), self) >= service.maxConcurrentBookings()) {
                problems.add(Fault.of(
                        "refusal.service-full",
                        "'" + service.title() + "' is fully booked at this time",
                        service.title()));
            }
        }
        List<NewAppointment.Hold> holds = new ArrayList<>();
        for (Long resource : plan.resourceIds()) {
            Optional<Long> instance = freeInstance(resource, plan.preferredInstances(), t.start(), t.end(), self);
            instance.ifPresentOrElse(
                    i -> holds.add(new NewAppointment.Hold(ResourceInstanceId.of(i), t.start(), t.end())),
                    () -> problems.add(Fault.of(
                            "refusal.no-instance-free",
                            "No instance of a required room or device is free at this time")));
        }
        return new Outcome(List.copyOf(problems), List.copyOf(holds));
    }

    private static final String MEMBER_BUSY = "select exists (" + HeldTime.APPOINTMENTS + """
            ) or exists (select 1 from events
                          where team_member_id = any(:members) and not deleted
                            and tstzrange(starts_at, ends_at) && tstzrange(:from, :until))
            """;

    private boolean memberBusy(long member, Instant from, Instant until, Long self) {
        return db.sql(MEMBER_BUSY)
                .param("members", new Long[] {member})
                .param("exclude", self == null ? -1L : self)
                .param("from", Bookings.ts(from))
                .param("until", Bookings.ts(until))
                .query(Boolean.class)
                .single();
    }

    private long taken(long service, Instant from, Instant until, Long self) {
        return db.sql("""
                        select coalesce(sum(a.clients_count), 0) from appointments a
                         where holds_time(a.status) and a.id <> coalesce(cast(:self as bigint), -1) and a.event_id is null
                           and exists (select 1 from appointment_services x where x.appointment_id = a.id and x.service_id = :service)
                           and tstzrange(a.busy_from, a.busy_until) && tstzrange(:from, :until)
                        """)
                .param("service", service)
                .param("self", self)
                .param("from", Bookings.ts(from))
                .param("until", Bookings.ts(until))
                .query(Long.class)
                .single();
    }

    /** A free instance of the resource, one of {@code preferred} first (rooms asked for by id). */
    private Optional<Long> freeInstance(long resource, List<Long> preferred, Instant from, Instant until, Long self) {
        return db.sql("""
                        select i.id from resource_instances i
                         where i.resource_id = :resource and not i.deleted
                           and not exists (select 1 from appointment_resources h
                                            where h.resource_instance_id = i.id and h.active and h.appointment_id <> coalesce(cast(:self as bigint), -1)
                                              and tstzrange(h.busy_from, h.busy_until) && tstzrange(:from, :until))
                           and not exists (select 1 from events e
                                            where e.resource_instance_id = i.id and not e.deleted
                                              and tstzrange(e.starts_at, e.ends_at) && tstzrange(:from, :until))
                         order by i.id = any(:preferred) desc, i.id limit 1
                        """)
                .param("resource", resource)
                .param("preferred", preferred.toArray(Long[]::new))
                .param("self", self)
                .param("from", Bookings.ts(from))
                .param("until", Bookings.ts(until))
                .query(Long.class)
                .optional();
    }
}
