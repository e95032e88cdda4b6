package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * The service form of the services page as typed: every value a string, so a refused form comes
 * back exactly as it was. Durations are minutes on the page and seconds in a {@link ServiceRequest};
 * own hours are one line a day ({@code 09:00-12:00, 13:00-18:00}), empty for a day without.
 * Only reading what was typed happens here; every rule is the catalog's own.
 */
final class ServiceForm {

    static final List<String> FLAGS = List.of(
            "active",
            "allow_customer_booking",
            "allow_walk_in",
            "requires_staff",
            "customer_must_select_staff",
            "use_staff_from_location",
            "allow_waitlist",
            "allow_queue");

    private static final List<String> TEXTS = List.of(
            "title",
            "category_id",
            "comment",
            "duration",
            "price_min",
            "price_max",
            "discount",
            "booking_type",
            "prepaid",
            "buffer_before",
            "buffer_after",
            "technical_break_duration",
            "max_concurrent_bookings",
            "min_lead_minutes",
            "max_advance_days",
            "slot_interval_minutes",
            "weight");

    private final Map<String, String> values;
    private final Set<String> flags;
    private final Set<Long> resources;
    private final Map<Long, String> staff;
    private final Map<Integer, String> hours;
    private final Set<Long> excluded;

    private ServiceForm(
            Map<String, String> values,
            Set<String> flags,
            Set<Long> resources,
            Map<Long, String> staff,
            Map<Integer, String> hours,
            Set<Long> excluded) {
        this.values = values;
        this.flags = flags;
        this.resources = resources;
        this.staff = staff;
        this.hours = hours;
        this.excluded = excluded;
    }

    /** The form of a new service: the catalog's defaults, with no upper price (a fixed price). */
    static ServiceForm fresh() {
        ServiceForm form = of(ServiceFields.defaults(), List.of(), WeeklyHours.none(), List.of(), List.of());
        form.values.put("title", "");
        form.values.put("price_max", "");
        return form;
    }

    /** The form of a stored service. */
    static ServiceForm of(Service s) {
        return of(s.definition(), s.staff(), s.hours(), s.resourceIds(), s.excludedStaffIds());
    }

    private static ServiceForm of(
            ServiceDefinition d,
            List<StaffLink> links,
            WeeklyHours week,
            List<Long> resourceIds,
            List<Long> excludedIds) {
        Map<String, String> v = new HashMap<>();
        v.put("title", d.title());
        v.put("category_id", d.categoryId() == null ? "" : d.categoryId().toString());
        v.put("comment", d.comment());
        v.put("duration", minutes(d.timing().duration()));
        v.put("price_min", d.pricing().min().stripTrailingZeros().toPlainString());
        v.put("price_max", d.pricing().max().stripTrailingZeros().toPlainString());
        v.put("discount", d.pricing().discount().stripTrailingZeros().toPlainString());
        v.put("booking_type", d.booking().bookingType().wire());
        v.put("prepaid", d.prepaid().wire());
        v.put("buffer_before", minutes(d.timing().bufferBefore()));
        v.put("buffer_after", minutes(d.timing().bufferAfter()));
        v.put("technical_break_duration", minutes(d.timing().technicalBreak()));
        v.put("max_concurrent_bookings", Integer.toString(d.booking().maxConcurrentBookings()));
        v.put("min_lead_minutes", text(d.booking().minLeadMinutes()));
        v.put("max_advance_days", text(d.booking().maxAdvanceDays()));
        v.put("slot_interval_minutes", text(d.booking().slotIntervalMinutes()));
        v.put("weight", Integer.toString(d.weight()));
        Set<String> on = new HashSet<>();
        BookingRules b = d.booking();
        put(on, "active", d.active());
        put(on, "allow_customer_booking", b.allowCustomerBooking());
        put(on, "allow_walk_in", b.allowWalkIn());
        put(on, "requires_staff", b.requiresStaff());
        put(on, "customer_must_select_staff", b.customerMustSelectStaff());
        put(on, "use_staff_from_location", b.useStaffFromLocation());
        put(on, "allow_waitlist", b.allowWaitlist());
        put(on, "allow_queue", b.allowQueue());
        Map<Long, String> members = new LinkedHashMap<>();
        links.forEach(l -> members.put(l.teamMemberId(), l.duration() == null ? "" : minutes(l.duration())));
        Map<Integer, String> days = new HashMap<>();
        for (int day = 1; day <= 7; day++) {
            int d0 = day;
            days.put(
                    day,
                    week.entries().stream()
                            .filter(h -> h.dayOfWeek() == d0 && !h.closed())
                            .map(h -> h.opensAt() + "-" + h.closesAt())
                            .collect(Collectors.joining(", ")));
        }
        return new ServiceForm(
                v, on, new LinkedHashSet<>(resourceIds), members, days, new LinkedHashSet<>(excludedIds));
    }

    /** The form as the browser sent it; a member counts as linked when their box is ticked. */
    static ServiceForm typed(MultiValueMap<String, String> params) {
        Map<String, String> v = new HashMap<>();
        TEXTS.forEach(name -> v.put(name, first(params, name)));
        Set<String> on = new HashSet<>();
        FLAGS.stream().filter(params::containsKey).forEach(on::add);
        Set<Long> resourceIds = new LinkedHashSet<>();
        ids(params, "resource_ids").forEach(resourceIds::add);
        Map<Long, String> members = new LinkedHashMap<>();
        ids(params, "staff").forEach(id -> members.put(id, first(params, "staff_minutes_" + id)));
        Map<Integer, String> days = new HashMap<>();
        for (int day = 1; day <= 7; day++) {
            days.put(day, first(params, "hours_" + day));
        }
        return new ServiceForm(
                v, on, resourceIds, members, days, new LinkedHashSet<>(ids(params, "excluded_staff_ids")));
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String flag) {
        return flags.contains(flag);
    }

    public boolean uses(long resourceId) {
        return resources.contains(resourceId);
    }

    /** Whether the member is left out when the service takes the location's staff. */
    public boolean excludes(long memberId) {
        return excluded.contains(memberId);
    }

    public boolean links(long memberId) {
        return staff.containsKey(memberId);
    }

    /** The member's own minutes, empty for the service's duration. */
    public String minutes(long memberId) {
        return staff.getOrDefault(memberId, "");
    }

    public String hours(int day) {
        return hours.getOrDefault(day, "");
    }

    /**
     * The request this form asks for. What cannot be read at all (a word where a number goes, a
     * line of hours without a dash) goes into {@code problems} under the field's wire name.
     */
    ServiceRequest request(Map<String, List<Fault>> problems) {
        Reader r = new Reader(problems);
        List<ServiceRequest.StaffEntry> links = new ArrayList<>();
        staff.forEach((id, minutes) ->
                links.add(new ServiceRequest.StaffEntry(id, null, null, r.seconds("seance_length", minutes))));
        return new ServiceRequest(
                value("title"),
                value("category_id").isBlank()
                        ? 0L
                        : r.whole("category_id", value("category_id")).longValue(),
                r.decimal("price_min"),
                r.decimal("price_max"),
                r.decimal("discount"),
                value("comment"),
                r.whole("weight"),
                checked("active"),
                null,
                null,
                null,
                r.seconds("duration", value("duration")),
                value("prepaid"),
                r.seconds("technical_break_duration", value("technical_break_duration")),
                links,
                value("booking_type"),
                checked("allow_customer_booking"),
                checked("allow_walk_in"),
                checked("requires_staff"),
                checked("customer_must_select_staff"),
                checked("use_staff_from_location"),
                r.whole("max_concurrent_bookings"),
                r.whole("min_lead_minutes"),
                r.whole("max_advance_days"),
                r.whole("slot_interval_minutes"),
                checked("allow_waitlist"),
                checked("allow_queue"),
                r.seconds("buffer_before", value("buffer_before")),
                r.seconds("buffer_after", value("buffer_after")),
                week(problems),
                List.copyOf(resources),
                List.copyOf(excluded));
    }

    private List<ServiceRequest.HoursEntry> week(Map<String, List<Fault>> problems) {
        List<ServiceRequest.HoursEntry> entries = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            for (String span : hours(day).split(",")) {
                if (span.isBlank()) {
                    continue;
                }
                String[] ends = span.strip().split("\\s*[-–]\\s*");
                if (ends.length != 2) {
                    add(
                            problems,
                            "hours",
                            Fault.of(
                                    "fault.hours-text",
                                    "write each day's hours like 09:00-12:00, 13:00-18:00; got " + span.strip(),
                                    span.strip()));
                } else {
                    entries.add(new ServiceRequest.HoursEntry(day, ends[0], ends[1], null));
                }
            }
        }
        return entries;
    }

    private static String minutes(Duration d) {
        long seconds = d.toSeconds();
        return BigDecimal.valueOf(seconds)
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static void put(Set<String> on, String flag, boolean value) {
        if (value) {
            on.add(flag);
        }
    }

    /** The ids ticked under {@code name}; anything but an id cannot come from the page and is left out. */
    private static List<Long> ids(MultiValueMap<String, String> params, String name) {
        return params.getOrDefault(name, List.of()).stream()
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static void add(Map<String, List<Fault>> problems, String field, Fault fault) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(fault);
    }

    /** Reads numbers from the form, noting what is not one. */
    private final class Reader {

        private final Map<String, List<Fault>> problems;

        Reader(Map<String, List<Fault>> problems) {
            this.problems = problems;
        }

        Integer whole(String field) {
            return whole(field, value(field));
        }

        Integer whole(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                add(problems, field, Fault.wholeNumber());
                return null;
            }
        }

        BigDecimal decimal(String field) {
            String text = value(field).strip().replace(',', '.');
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                add(problems, field, Fault.of("fault.number", "must be a number"));
                return null;
            }
        }

        /** Minutes as typed, in seconds; blank is null. */
        Integer seconds(String field, String minutes) {
            BigDecimal m;
            String text = minutes == null ? "" : minutes.strip().replace(',', '.');
            if (text.isEmpty()) {
                return null;
            }
            try {
                m = new BigDecimal(text);
            } catch (NumberFormatException e) {
                add(problems, field, Fault.of("fault.minutes", "must be a number of minutes"));
                return null;
            }
            BigDecimal seconds = m.multiply(BigDecimal.valueOf(60));
            if (seconds.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                add(problems, field, Fault.of("fault.too-large", "is too large"));
                return null;
            }
            return seconds.setScale(0, RoundingMode.HALF_UP).intValueExact();
        }
    }
}
