package dev.kairos.appointments;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.wire.Paging;
import dev.kairos.wire.QueryParams;
import dev.kairos.wire.WireTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filters of {@code GET /records}: Altegio's query parameters, the Overview › Appointments
 * screen's filters and Omneo's {@code filter[...]} spellings, read leniently and validated.
 * Dates are local to the location and inclusive; an empty list means "no restriction".
 *
 * @param changedAfter inclusive, to the second: a sync that asks from the last change it saw
 *     sees every change made in that second again rather than missing one
 */
public record RecordFilter(
        int page,
        int count,
        List<Long> staffIds,
        Long clientId,
        Long createdUserId,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate createdFrom,
        LocalDate createdTo,
        Instant changedAfter,
        Instant changedBefore,
        Deleted deleted,
        List<Integer> attendance,
        List<AppointmentStatus> statuses,
        String clientQuery,
        List<Long> serviceCategoryIds,
        List<Long> labelIds,
        List<Long> serviceIds,
        Source source,
        Paid paid,
        WithServices withServices,
        Long activityId,
        RecordViews.Include include) {

    public static final int MAX_COUNT = 300;

    /** Cancelled and rejected appointments: left out (the default), included, or the only ones. */
    public enum Deleted {
        EXCLUDE,
        INCLUDE,
        ONLY
    }

    /** How the appointment was made: online by the client, or offline by staff (admin, import, walk-in). */
    public enum Source {
        ANY,
        ONLINE,
        OFFLINE
    }

    public enum Paid {
        ANY,
        FULL,
        NOT_FULL
    }

    public enum WithServices {
        ANY,
        WITH,
        WITHOUT
    }

    /** Whether the list is a change feed (ordered by change) rather than a calendar (ordered by start). */
    public boolean bySync() {
        return changedAfter != null || changedBefore != null;
    }

    public long offset() {
        return new Paging(page, count).offset();
    }

    /** The appointments that are not deleted between two local dates (inclusive), of some team members or all: a calendar's page. */
    public static RecordFilter calendar(LocalDate from, LocalDate to, List<Long> staffIds, int page) {
        return plain(page, List.copyOf(staffIds), null, from, to, Deleted.EXCLUDE);
    }

    /** One page of every appointment of a client, cancelled and rejected ones too: a client card's history. */
    public static RecordFilter client(long clientId, int page) {
        return plain(page, List.of(), clientId, null, null, Deleted.INCLUDE);
    }

    /** A filter by team members, client, dates and deletion only, at the longest page. */
    private static RecordFilter plain(
            int page, List<Long> staffIds, Long clientId, LocalDate from, LocalDate to, Deleted deleted) {
        return new RecordFilter(
                page,
                MAX_COUNT,
                staffIds,
                clientId,
                null,
                from,
                to,
                null,
                null,
                null,
                null,
                deleted,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                Source.ANY,
                Paid.ANY,
                WithServices.ANY,
                null,
                RecordViews.Include.NONE);
    }

    /**
     * Reads the query of a request at a location.
     *
     * @throws dev.kairos.refusal.Refused 400 for values of the wrong type, 422 for impossible combinations
     */
    public static RecordFilter from(QueryParams q, ZoneId zone, long locationId) {
        Paging paging = Paging.strict(q, 50, MAX_COUNT);
        List<Long> locations = q.longs("filter[location_id]");
        if (!locations.isEmpty() && !locations.contains(locationId)) {
            throw Refusal.invalid(
                            "filter[location_id]",
                            Fault.of(
                                    "fault.location-of-path",
                                    "must be the location of the path, " + locationId,
                                    locationId))
                    .exception();
        }
        RecordFilter filter = new RecordFilter(
                paging.page(),
                paging.count(),
                ids(q, "staff_id", "team_member_id", "staff_ids", "filter[staff_id]"),
                single(q, "client_id", "filter[client_id]"),
                q.longValue("created_user_id"),
                q.date("start_date"),
                q.date("end_date"),
                q.date("c_start_date"),
                q.date("c_end_date"),
                instant(q, "changed_after", zone),
                instant(q, "changed_before", zone),
                deleted(q),
                attendance(q),
                statuses(q),
                q.string("client_query"),
                ids(q, "service_category_id", "service_category_ids"),
                ids(q, "record_label_id", "record_labels", "appointment_category_id"),
                ids(q, "service_id", "service_ids", "filter[appointment_definition_id]"),
                choice(q, "source", Source.class, Source.ANY, Source.ANY),
                choice(q, "paid", Paid.class, Paid.ANY, Paid.ANY),
                choice(q, "services", WithServices.class, WithServices.ANY, WithServices.ANY),
                q.longValue("activity_id"),
                new RecordViews.Include(q.flag("include_consumables"), q.flag("include_finance_transactions")));
        filter.requireOrdered();
        return filter;
    }

    private void requireOrdered() {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw Refusal.invalid("end_date", before("start_date")).exception();
        }
        if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
            throw Refusal.invalid("c_end_date", before("c_start_date")).exception();
        }
        if (changedAfter != null && changedBefore != null && changedBefore.isBefore(changedAfter)) {
            throw Refusal.invalid("changed_before", before("changed_after")).exception();
        }
        if (clientQuery != null && clientQuery.length() > 200) {
            throw Refusal.invalid("client_query", Fault.tooLong(200)).exception();
        }
    }

    /** A field refused for being before {@code other}, the field it must not precede. */
    private static Fault before(String other) {
        return Fault.of("fault.before-start", "is before " + other, other);
    }

    private static List<Long> ids(QueryParams q, String... names) {
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.addAll(q.longs(name));
        }
        return List.copyOf(ids.stream().filter(id -> id != 0).distinct().toList());
    }

    private static Long single(QueryParams q, String... names) {
        List<Long> ids = ids(q, names);
        if (ids.size() > 1) {
            throw Refusal.invalid(names[0], Fault.of("fault.one-id", "takes one id"))
                    .exception();
        }
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static Instant instant(QueryParams q, String name, ZoneId zone) {
        String value = q.string(name);
        return value == null
                ? null
                : WireTime.parseInstant(name, value, zone).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** {@code with_deleted=1} (Altegio), or {@code deleted=include|only|exclude} (the Overview's three choices). */
    private static Deleted deleted(QueryParams q) {
        Deleted chosen = choice(q, "deleted", Deleted.class, null, Deleted.INCLUDE);
        if (chosen != null) {
            return chosen;
        }
        return q.flag("with_deleted") ? Deleted.INCLUDE : Deleted.EXCLUDE;
    }

    private static List<Integer> attendance(QueryParams q) {
        List<Integer> values = new ArrayList<>();
        for (String name : List.of("attendance", "visit_attendance")) {
            for (String value : q.strings(name)) {
                if (!value.matches("-?[0-2]")) {
                    throw Refusal.invalid(
                                    name,
                                    Fault.oneOf("2, 1, 0 or -1").saying("must be 2, 1, 0 or -1, got '" + value + "'"))
                            .exception();
                }
                values.add(Integer.parseInt(value));
            }
        }
        return List.copyOf(values);
    }

    private static List<AppointmentStatus> statuses(QueryParams q) {
        List<AppointmentStatus> statuses = new ArrayList<>();
        for (String name : List.of("status", "filter[status]")) {
            for (String value : q.strings(name)) {
                try {
                    statuses.add(AppointmentStatus.fromDb(value));
                } catch (IllegalArgumentException e) {
                    throw Refusal.invalid(
                                    name, Fault.of("fault.unknown-value", "unknown status '" + value + "'", value))
                            .exception();
                }
            }
        }
        return List.copyOf(statuses);
    }

    /** One of the enum's values by name; {@code all} or {@code any} mean {@code whenAll}. */
    private static <E extends Enum<E>> E choice(QueryParams q, String name, Class<E> type, E fallback, E whenAll) {
        String value = q.string(name);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("all") || value.equalsIgnoreCase("any")) {
            return whenAll;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(name, Fault.of("fault.unknown-value", "unknown value '" + value + "'", value))
                    .exception();
        }
    }
}
