package dev.kairos.booking;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.auth.Caller;
import dev.kairos.availability.Availability;
import dev.kairos.availability.ServiceRules;
import dev.kairos.clients.Client;
import dev.kairos.clients.Clients;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.directory.TeamMembers;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a staff-made record (POST /records, PUT /record) into what is to be written: the team
 * member, the priced service lines, the times with buffers, the client and the labels. Validation
 * only; nothing is locked or written here.
 */
@Component
public class RecordPlanner {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long MAX_LENGTH_SECONDS = 24 * 3600;

    private final Availability availability;
    private final TeamMembers teamMembers;
    private final Clients clients;
    private final JdbcClient db;

    RecordPlanner(Availability availability, TeamMembers teamMembers, Clients clients, JdbcClient db) {
        this.availability = availability;
        this.teamMembers = teamMembers;
        this.clients = clients;
        this.db = db;
    }

    /** What a record came to: a plan, or refused naming what is wrong with it. */
    public sealed interface Planning permits Plan, Unplannable {}

    /** The record is refused; the caller's transaction must roll back what planning wrote (a new client). */
    public record Unplannable(Refusal refusal) implements Planning {}

    /** A validated record, ready to be checked under locks and written. */
    public record Plan(
            Long member,
            List<ServiceRules> services,
            List<NewAppointment.Line> lines,
            NewAppointment.Times times,
            Client client,
            AppointmentStatus status,
            boolean clientConfirmed,
            List<Long> labels,
            List<Long> preferredInstances)
            implements Planning {

        public Set<Long> resourceIds() {
            Set<Long> ids = new LinkedHashSet<>();
            services.forEach(s -> ids.addAll(s.resourceIds()));
            return ids;
        }

        /** Services that need no staff and count their capacity instead. */
        public List<ServiceRules> staffFree() {
            return member == null ? services : List.of();
        }
    }

    /** The record read into a plan; a new client it names is created (in the caller's transaction). */
    public Planning plan(Caller caller, Location location, RecordWire.Record body) {
        try {
            return planOrThrow(caller, location, body);
        } catch (Refused refused) {
            // Each rule below refuses where it finds the fault, deep in the reading.
            return new Unplannable(refused.refusal());
        }
    }

    /** A field naming something that is not of this location, or not one at all: its id as sent. */
    private static dev.kairos.refusal.Refused unknown(String field, String key, String english, Object id) {
        return Refusal.invalid(field, Fault.of(key, english, String.valueOf(id)))
                .exception();
    }

    private static final Fault STAFF_MIXED =
            Fault.of("fault.staff-mixed", "services with and without staff cannot be booked together");

    private Plan planOrThrow(Caller caller, Location location, RecordWire.Record body) {
        if (body.activityId() != null && body.activityId() != 0) {
            throw Refusal.invalid(
                            "activity_id",
                            Fault.of(
                                    "fault.book-event-seats",
                                    "book seats of a group event with POST /activity/{location_id}/{activity_id}/book",
                                    "/activity/{location_id}/{activity_id}/book"))
                    .exception();
        }
        if (body.datetime() == null) {
            throw Refusal.invalid("datetime", Fault.required()).exception();
        }
        Instant start = WireTime.parseInstant("datetime", String.valueOf(body.datetime()), location.zone());
        List<ServiceRules> services = services(location.id(), body.services());
        Long member = member(location.id(), body.staffId(), services);
        List<NewAppointment.Line> lines = lines(body.services(), services);
        NewAppointment.Times times = times(body, services, member, start);
        int attendance = body.attendance() == null ? 0 : body.attendance();
        AppointmentStatus status =
                switch (attendance) {
                    case 1 -> AppointmentStatus.ARRIVED;
                    case -1 -> AppointmentStatus.NO_SHOW;
                    case 0, 2 -> AppointmentStatus.CONFIRMED;
                    default ->
                        throw Refusal.invalid(
                                        "attendance",
                                        Fault.oneOf("2, 1, 0 or -1").saying("must be 2, 1, 0 or -1"))
                                .exception();
                };
        return new Plan(
                member,
                services,
                lines,
                times,
                client(caller, location, body),
                status,
                attendance == 2,
                labels(location.id(), body.recordLabels()),
                body.resourceInstanceIds() == null
                        ? List.of()
                        : body.resourceInstanceIds().stream()
                                .filter(java.util.Objects::nonNull)
                                .toList());
    }

    private List<ServiceRules> services(long locationId, List<RecordWire.ServiceLine> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.size() > 20) {
            throw Refusal.invalid(
                            "services", Fault.of("fault.services-at-most", "at most 20 services per appointment", 20))
                    .exception();
        }
        List<Long> ids = new ArrayList<>();
        for (RecordWire.ServiceLine line : wanted) {
            if (line == null || line.id() == null) {
                throw Refusal.invalid("services", Fault.of("fault.service-id-needed", "each service needs an id"))
                        .exception();
            }
            ids.add(line.id());
        }
        Map<Long, ServiceRules> byId = new HashMap<>();
        availability.serviceRules(locationId, ids).forEach(s -> byId.put(s.id(), s));
        List<ServiceRules> services = new ArrayList<>();
        for (Long id : ids) {
            ServiceRules rules = byId.get(id);
            if (rules == null) {
                throw unknown(
                        "services",
                        "fault.service-not-here",
                        "service " + id + " is not a service of this location",
                        id);
            }
            services.add(rules);
        }
        if (services.stream().map(ServiceRules::requiresStaff).distinct().count() > 1) {
            throw Refusal.invalid("services", STAFF_MIXED).exception();
        }
        return services;
    }

    private Long member(long locationId, Long staffId, List<ServiceRules> services) {
        boolean staffFree = !services.isEmpty() && !services.get(0).requiresStaff();
        if (staffId == null || staffId == 0) {
            if (!staffFree) {
                throw Refusal.invalid("staff_id", Fault.required()).exception();
            }
            return null;
        }
        if (!allowListed(staffId, services)
                && teamMembers.workingAt(locationId, List.of(staffId)).isEmpty()) {
            throw unknown(
                    "staff_id",
                    "fault.member-not-here",
                    "team member " + staffId + " does not work at this location",
                    staffId);
        }
        return staffId;
    }

    /** Whether every service takes the member from its allow-list, wherever her home is (she travels in). */
    private static boolean allowListed(long staffId, List<ServiceRules> services) {
        return !services.isEmpty()
                && services.stream()
                        .allMatch(s ->
                                !s.useStaffFromLocation() && s.staffDurations().containsKey(staffId));
    }

    private static List<NewAppointment.Line> lines(List<RecordWire.ServiceLine> wanted, List<ServiceRules> services) {
        List<NewAppointment.Line> lines = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            RecordWire.ServiceLine line = wanted.get(i);
            ServiceRules rules = services.get(i);
            BigDecimal first = money("first_cost", line.firstCost() != null ? line.firstCost() : rules.priceMin());
            BigDecimal discount = line.discount() != null ? line.discount() : rules.discount();
            if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
                throw Refusal.invalid(
                                "services",
                                Fault.of("fault.discount-between", "discount must be between 0 and 100 percent"))
                        .exception();
            }
            int amount = line.amount() == null ? 1 : line.amount();
            if (amount < 1 || amount > 1000) {
                throw Refusal.invalid("services", Fault.of("fault.amount-between", "amount must be between 1 and 1000"))
                        .exception();
            }
            BigDecimal cost = line.cost() != null
                    ? money("cost", line.cost())
                    : first.multiply(BigDecimal.valueOf(amount))
                            .multiply(HUNDRED.subtract(discount))
                            .divide(HUNDRED, 2, RoundingMode.HALF_UP);
            lines.add(new NewAppointment.Line(
                    rules.id(), first, discount.setScale(2, RoundingMode.HALF_UP), cost, amount));
        }
        return lines;
    }

    private static BigDecimal money(String field, BigDecimal value) {
        if (value.signum() < 0
                || value.compareTo(BigDecimal.valueOf(10_000_000_000L)) >= 0
                || value.stripTrailingZeros().scale() > 2) {
            throw Refusal.invalid(
                            "services",
                            Fault.of(
                                    "fault.money-of-line",
                                    field + " must be an amount of money from 0 with at most two decimals",
                                    field))
                    .exception();
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static NewAppointment.Times times(
            RecordWire.Record body, List<ServiceRules> services, Long member, Instant start) {
        long length;
        if (body.seanceLength() != null) {
            length = body.seanceLength();
        } else if (!services.isEmpty()) {
            length = services.stream().mapToLong(s -> s.durationFor(member)).sum();
        } else {
            throw Refusal.invalid(
                            "seance_length",
                            Fault.of(
                                    "fault.length-without-services", "is required for an appointment without services"))
                    .exception();
        }
        if (length < 60 || length > MAX_LENGTH_SECONDS) {
            throw Refusal.invalid("seance_length", Fault.seconds(60, MAX_LENGTH_SECONDS))
                    .exception();
        }
        Integer technicalBreak = body.technicalBreakDuration();
        if (technicalBreak != null && (technicalBreak < 0 || technicalBreak > 3600 || technicalBreak % 300 != 0)) {
            throw Refusal.invalid(
                            "technical_break_duration",
                            Fault.of("fault.break-multiple", "must be a multiple of 300 seconds up to 3600"))
                    .exception();
        }
        Instant end = start.plusSeconds(length);
        long before = services.isEmpty() ? 0 : services.get(0).bufferBeforeSeconds();
        ServiceRules last = services.isEmpty() ? null : services.get(services.size() - 1);
        long after = last == null ? 0 : last.bufferAfterSeconds();
        int breakSeconds = technicalBreak != null ? technicalBreak : last == null ? 0 : last.technicalBreakSeconds();
        return new NewAppointment.Times(
                start, end, start.minusSeconds(before), end.plusSeconds(after + breakSeconds), breakSeconds);
    }

    private Client client(Caller caller, Location location, RecordWire.Record body) {
        if (body.clientId() != null && body.clientId() != 0) {
            return clients.find(location.id(), body.clientId())
                    .orElseThrow(() -> unknown(
                            "client_id",
                            "fault.client-not-here",
                            "client " + body.clientId() + " is not a client of this location",
                            body.clientId()));
        }
        RecordWire.ClientPart part = body.client();
        if (part == null || part.phone() == null || part.phone().isBlank()) {
            return null;
        }
        PhoneNumber phone = PhoneNumber.parse(part.phone(), location.defaultRegion())
                .orElseThrow(() -> Refusal.of(
                                RefusalCode.PHONE_FORMAT,
                                Fault.of("refusal.client-phone-format", "The client's phone number has a wrong format"),
                                null)
                        .exception());
        String name = part.name() == null || part.name().isBlank()
                ? phone.e164()
                : part.name().strip();
        if (name.length() > 200) {
            throw Refusal.invalid("client.name", Fault.tooLong(200)).exception();
        }
        String email = BookingRequests.email(part.email(), "client.email");
        return clients.findOrCreateByPhone(
                caller, location.chainId(), location.id(), phone, name, part.surname(), email);
    }

    private List<Long> labels(long locationId, List<Object> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (Object value : wanted) {
            Object id = value instanceof Map<?, ?> m ? m.get("id") : value;
            try {
                ids.add(Long.parseLong(String.valueOf(id).strip()));
            } catch (NumberFormatException e) {
                throw unknown("record_labels", "fault.label-id", "'" + id + "' is not an appointment category id", id);
            }
        }
        List<Long> known = db.sql(
                        "select id from appointment_categories where location_id = :loc and id = any(:ids) and not deleted")
                .param("loc", locationId)
                .param("ids", ids.toArray(Long[]::new))
                .query(Long.class)
                .list();
        for (Long id : ids) {
            if (!known.contains(id)) {
                throw unknown(
                        "record_labels",
                        "fault.label-not-here",
                        "appointment category " + id + " is not one of this location",
                        id);
            }
        }
        return ids.stream().distinct().toList();
    }
}
