package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the linked parts of a request (staff, hours, resources) into value types; null where not given. */
final class ServiceParts {

    private ServiceParts() {}

    /** @throws ServiceRuleViolation for an entry without a team member, a repeated one or a bad duration */
    static List<StaffLink> staff(List<ServiceRequest.StaffEntry> entries) {
        if (entries == null) {
            return null;
        }
        ServiceRuleViolation.Rules rules = new ServiceRuleViolation.Rules();
        Set<Long> seen = new HashSet<>();
        List<StaffLink> links = new ArrayList<>();
        for (ServiceRequest.StaffEntry e : entries) {
            Long member = e == null ? null : e.memberId();
            rules.check(
                    member != null,
                    "staff",
                    Fault.of("fault.service.staff-id", "staff entries need an id (the team member)"));
            if (member != null && seen.add(member)) {
                links.add(link(member, e.seanceLength()));
            } else if (member != null) {
                rules.check(
                        false,
                        "staff",
                        Fault.of(
                                "fault.member-twice",
                                "team member " + member + " is listed twice",
                                String.valueOf(member)));
            }
        }
        rules.orThrow();
        return links;
    }

    /** A link with {@code seconds} of its own, or the service's duration when null or 0. */
    static StaffLink link(long member, Integer seconds) {
        return new StaffLink(member, seconds == null || seconds == 0 ? null : Duration.ofSeconds(seconds));
    }

    /** @throws ServiceRuleViolation for an entry without a day, a bad time or overlapping entries */
    static WeeklyHours hours(List<ServiceRequest.HoursEntry> entries) {
        if (entries == null) {
            return null;
        }
        ServiceRuleViolation.Rules rules = new ServiceRuleViolation.Rules();
        List<ServiceHours> week = new ArrayList<>();
        for (ServiceRequest.HoursEntry e : entries) {
            rules.check(
                    e != null && e.dayOfWeek() != null,
                    "hours",
                    Fault.of("fault.day-of-week", "every entry needs a day_of_week (1 = Monday ... 7 = Sunday)"));
            if (e != null && e.dayOfWeek() != null) {
                boolean closed = Boolean.TRUE.equals(e.isClosed());
                LocalTime from = closed ? null : time(e.from(), rules);
                LocalTime to = closed ? null : time(e.to(), rules);
                if (closed || (from != null && to != null)) {
                    week.add(new ServiceHours(e.dayOfWeek(), from, to, closed));
                }
            }
        }
        rules.orThrow();
        return new WeeklyHours(week);
    }

    static List<Long> resources(List<Long> ids) {
        return ids("resource_ids", ids);
    }

    static List<Long> excludedStaff(List<Long> ids) {
        return ids("excluded_staff_ids", ids);
    }

    /** The ids without repeats, or null when not given; @throws ServiceRuleViolation for a null among them */
    private static List<Long> ids(String field, List<Long> ids) {
        if (ids == null) {
            return null;
        }
        ServiceRuleViolation.Rules rules = new ServiceRuleViolation.Rules();
        ids.forEach(id ->
                rules.check(id != null, field, Fault.of("fault.no-empty-entry", field + " must not contain null")));
        rules.orThrow();
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static LocalTime time(String value, ServiceRuleViolation.Rules rules) {
        LocalTime time = value == null ? null : parse(value.strip());
        rules.check(
                time != null,
                "hours",
                Fault.of("fault.time-format", "from and to must be times like 09:00, got " + value, value));
        return time;
    }

    private static LocalTime parse(String value) {
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
