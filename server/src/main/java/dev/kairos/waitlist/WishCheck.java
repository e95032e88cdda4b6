package dev.kairos.waitlist;

import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a join request: every field at fault is named at once, and nothing is stored unless all are right. */
@Component
class WishCheck {

    private static final int MAX_DAYS = 92;

    private final JdbcClient db;

    WishCheck(JdbcClient db) {
        this.db = db;
    }

    record Checked(Long teamMemberId, Entry.Wish wish, Entry.Contact contact) {}

    /** @throws Refused naming the fields at fault */
    Checked check(Location location, WishBody body, Instant now) {
        Map<String, List<Fault>> faults = new LinkedHashMap<>();
        if (body.serviceId() == null) {
            faults.put("service_id", List.of(Fault.required()));
        } else if (!waitlisted(location.id(), body.serviceId())) {
            faults.put(
                    "service_id",
                    List.of(Fault.of(
                            "fault.waitlist.service-unknown", "is not a service of this location with a waitlist")));
        }
        Long member = body.teamMemberId() == null || body.teamMemberId() == 0 ? null : body.teamMemberId();
        if (member != null && body.serviceId() != null && !performs(location.id(), member, body.serviceId())) {
            faults.put(
                    "team_member_id",
                    List.of(Fault.of("fault.event.member-not-performing", "does not perform this service here")));
        }
        LocalDate today = now.atZone(location.zone()).toLocalDate();
        LocalDate from = date(body.dateFrom(), "date_from", faults);
        LocalDate to = body.dateTo() == null || body.dateTo().isBlank() ? from : date(body.dateTo(), "date_to", faults);
        if (body.dateFrom() == null || body.dateFrom().isBlank()) {
            faults.put("date_from", List.of(Fault.required()));
        } else if (from != null && from.isBefore(today)) {
            faults.put("date_from", List.of(Fault.of("fault.past", "is in the past")));
        }
        if (from != null && to != null && to.isBefore(from)) {
            faults.put("date_to", List.of(Fault.of("fault.before-start", "is before date_from", "date_from")));
        } else if (from != null && to != null && to.isAfter(from.plusDays(MAX_DAYS))) {
            faults.put(
                    "date_to",
                    List.of(Fault.of(
                            "fault.waitlist.days-after",
                            "is more than " + MAX_DAYS + " days after date_from",
                            MAX_DAYS,
                            "date_from")));
        }
        LocalTime timeFrom = time(body.timeFrom(), "time_from", faults);
        LocalTime timeTo = time(body.timeTo(), "time_to", faults);
        if (timeFrom != null && timeTo != null && !timeFrom.isBefore(timeTo)) {
            faults.put("time_to", List.of(Fault.of("fault.not-after", "is not after time_from", "time_from")));
        }
        String name = body.name() == null ? "" : body.name().strip();
        if (name.isEmpty()) {
            faults.put("name", List.of(Fault.required()));
        } else if (name.length() > 200) {
            faults.put("name", List.of(Fault.tooLong(200)));
        }
        String phone = null;
        if (body.phone() == null || body.phone().isBlank()) {
            faults.put("phone", List.of(Fault.required()));
        } else {
            phone = PhoneNumber.parse(body.phone(), location.defaultRegion())
                    .map(PhoneNumber::e164)
                    .orElse(null);
            if (phone == null) {
                faults.put("phone", List.of(Fault.of("fault.phone", "is not a phone number we can read")));
            }
        }
        String email = body.email() == null ? "" : body.email().strip();
        if (!email.isEmpty() && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            faults.put("email", List.of(Fault.of("fault.email", "is not an email address")));
        }
        if (!faults.isEmpty()) {
            throw new Refused(Refusal.invalidFaults(faults));
        }
        return new Checked(member, new Entry.Wish(from, to, timeFrom, timeTo), new Entry.Contact(name, phone, email));
    }

    private boolean waitlisted(long locationId, long serviceId) {
        return db.sql("""
                        select exists (select 1 from services where id = :s and location_id = :l and active and not deleted
                                                                and allow_waitlist)
                        """)
                .param("s", serviceId)
                .param("l", locationId)
                .query(Boolean.class)
                .single();
    }

    private boolean performs(long locationId, long memberId, long serviceId) {
        return db.sql("""
                        select exists (select 1 from service_staff ss join team_members m on m.id = ss.team_member_id
                                        where ss.service_id = :s and ss.team_member_id = :m and m.location_id = :l
                                          and not m.deleted)
                        """)
                .param("s", serviceId)
                .param("m", memberId)
                .param("l", locationId)
                .query(Boolean.class)
                .single();
    }

    private static LocalDate date(String value, String field, Map<String, List<Fault>> faults) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            faults.put(field, List.of(Fault.of("fault.date-like", "must be a date such as 2026-03-01", value.strip())));
            return null;
        }
    }

    private static LocalTime time(String value, String field, Map<String, List<Fault>> faults) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            faults.put(field, List.of(Fault.of("fault.time-like", "must be a time such as 09:30")));
            return null;
        }
    }
}
