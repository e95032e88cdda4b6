package dev.kairos.appointments;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * The appointment list of a location under a {@link RecordFilter}: one page of ids and the total,
 * from one set of conditions built with jOOQ. Every filter is a condition on {@code appointments}
 * or an {@code exists} on a table beside it, so the indexes on (location, start / created / changed)
 * carry the query.
 */
@Repository
class RecordSearch {

    private static final Table<?> A = table(name("appointments")).as("a");
    private static final Field<Long> ID = field(name("a", "id"), Long.class);
    private static final Field<Long> LOCATION = field(name("a", "location_id"), Long.class);
    private static final Field<Long> MEMBER = field(name("a", "team_member_id"), Long.class);
    private static final Field<Long> CLIENT = field(name("a", "client_id"), Long.class);
    private static final Field<Long> CREATED_BY = field(name("a", "created_user_id"), Long.class);
    private static final Field<Long> EVENT = field(name("a", "event_id"), Long.class);
    private static final Field<OffsetDateTime> STARTS = field(name("a", "starts_at"), OffsetDateTime.class);
    private static final Field<OffsetDateTime> CREATED = field(name("a", "created_at"), OffsetDateTime.class);
    private static final Field<OffsetDateTime> CHANGED = field(name("a", "updated_at"), OffsetDateTime.class);
    private static final Field<String> STATUS = field(name("a", "status"), String.class);
    private static final Field<Boolean> CLIENT_CONFIRMED = field(name("a", "client_confirmed"), Boolean.class);
    private static final Field<Boolean> ONLINE = field(name("a", "online"), Boolean.class);
    private static final Field<BigDecimal> SERVICES_COST = field(name("a", "services_cost"), BigDecimal.class);
    private static final Field<BigDecimal> PAID_AMOUNT = field(name("a", "paid_amount"), BigDecimal.class);

    private static final Table<?> X = table(name("appointment_services")).as("x");
    private static final Field<Long> X_APPOINTMENT = field(name("x", "appointment_id"), Long.class);
    private static final Field<Long> X_SERVICE = field(name("x", "service_id"), Long.class);
    private static final Table<?> S = table(name("services")).as("s");
    private static final Field<Long> S_ID = field(name("s", "id"), Long.class);
    private static final Field<Long> S_CATEGORY = field(name("s", "category_id"), Long.class);
    private static final Table<?> L = table(name("appointment_labels")).as("l");
    private static final Table<?> C = table(name("clients")).as("c");

    private final DSLContext sql;

    RecordSearch(DSLContext sql) {
        this.sql = sql;
    }

    /** One page of matching appointment ids and how many match in all. */
    record Page(List<Long> ids, long totalCount) {}

    Page find(long locationId, ZoneId zone, RecordFilter f) {
        Condition where = conditions(locationId, zone, f);
        List<Long> ids = sql.select(ID)
                .from(A)
                .where(where)
                .orderBy(f.bySync() ? CHANGED : STARTS, ID)
                .limit(f.count())
                .offset(f.offset())
                .fetch(ID);
        long total = ids.size() < f.count() && f.page() == 1
                ? ids.size()
                : sql.selectCount().from(A).where(where).fetchOne(0, Long.class);
        return new Page(ids, total);
    }

    long count(long locationId, ZoneId zone, RecordFilter f) {
        return sql.selectCount().from(A).where(conditions(locationId, zone, f)).fetchOne(0, Long.class);
    }

    private Condition conditions(long locationId, ZoneId zone, RecordFilter f) {
        List<Condition> all = new ArrayList<>();
        all.add(LOCATION.eq(locationId));
        if (!f.staffIds().isEmpty()) {
            all.add(MEMBER.in(f.staffIds()));
        }
        if (f.clientId() != null) {
            all.add(CLIENT.eq(f.clientId()));
        }
        if (f.createdUserId() != null) {
            // Online bookings have no creating user and show created_user_id 0: 0 finds them.
            all.add(f.createdUserId() == 0 ? CREATED_BY.isNull() : CREATED_BY.eq(f.createdUserId()));
        }
        if (f.activityId() != null) {
            all.add(EVENT.eq(f.activityId()));
        }
        all.add(within(STARTS, f.startDate(), f.endDate(), zone));
        all.add(within(CREATED, f.createdFrom(), f.createdTo(), zone));
        if (f.changedAfter() != null) {
            all.add(CHANGED.ge(utc(f.changedAfter())));
        }
        if (f.changedBefore() != null) {
            all.add(CHANGED.lt(utc(f.changedBefore().plusSeconds(1))));
        }
        all.add(deleted(f.deleted()));
        all.add(attendance(f.attendance()));
        if (!f.statuses().isEmpty()) {
            all.add(STATUS.in(
                    f.statuses().stream().map(AppointmentStatus::dbName).toList()));
        }
        all.add(client(locationId, f.clientQuery()));
        all.add(services(f));
        all.add(labels(f.labelIds()));
        all.add(source(f.source()));
        all.add(paid(f.paid()));
        return all.stream().reduce(noCondition(), Condition::and);
    }

    private static Condition within(Field<OffsetDateTime> column, LocalDate from, LocalDate to, ZoneId zone) {
        Condition c = noCondition();
        if (from != null) {
            c = c.and(column.ge(utc(from.atStartOfDay(zone).toInstant())));
        }
        if (to != null) {
            c = c.and(column.lt(utc(to.plusDays(1).atStartOfDay(zone).toInstant())));
        }
        return c;
    }

    /**
     * The statuses are written into the SQL, not bound: PostgreSQL can then prove that the live
     * appointments' partial index serves every execution, and plans the query once per connection
     * instead of once per request.
     */
    private static Condition deleted(RecordFilter.Deleted deleted) {
        Condition isDeleted =
                STATUS.in(inline(AppointmentStatus.CANCELLED.dbName()), inline(AppointmentStatus.REJECTED.dbName()));
        return switch (deleted) {
            case EXCLUDE -> not(isDeleted);
            case ONLY -> isDeleted;
            case INCLUDE -> noCondition();
        };
    }

    /**
     * Altegio's attendance as the statuses that show it, derived from {@link
     * AppointmentStatus#attendance(boolean)} itself, so that the filter finds exactly the rows that
     * show the asked attendance (deleted ones included, when they are listed).
     */
    private static Condition attendance(List<Integer> values) {
        if (values.isEmpty()) {
            return noCondition();
        }
        List<Condition> any = new ArrayList<>();
        for (AppointmentStatus status : AppointmentStatus.values()) {
            boolean unconfirmed = values.contains(status.attendance(false));
            boolean confirmed = values.contains(status.attendance(true));
            Condition is = STATUS.eq(inline(status.dbName()));
            if (unconfirmed && confirmed) {
                any.add(is);
            } else if (unconfirmed || confirmed) {
                any.add(is.and(confirmed ? CLIENT_CONFIRMED.isTrue() : CLIENT_CONFIRMED.isFalse()));
            }
        }
        return any.isEmpty() ? falseCondition() : or(any);
    }

    /**
     * Appointments of the location's clients that {@code query} names: every word of it in the
     * full name (name and surname, case and accents aside, so "muller" finds Müller), or its digits
     * in the phone however it is spelled ("0151 123-45", "+49 151..."). The clients are looked up
     * here, once, and their ids bound as an array: the page and its count then share one trigram
     * search instead of running it each.
     */
    private Condition client(long locationId, String query) {
        if (query == null) {
            return noCondition();
        }
        Field<String> fullName = field(
                "search_fold({0} || ' ' || {1})",
                String.class, field(name("c", "name"), String.class), field(name("c", "surname"), String.class));
        Condition person = noCondition();
        for (String word : query.strip().split("\\s+")) {
            person = person.and(fullName.like(
                    field("'%' || search_fold({0}) || '%'", String.class, org.jooq.impl.DSL.val(escaped(word)))));
        }
        String digits = dev.kairos.clients.PhoneNumber.searchDigits(query);
        if (digits.length() >= 3) {
            person = person.or(field(name("c", "phone"), String.class).contains(digits));
        }
        Long[] clients = sql.select(field(name("c", "id"), Long.class))
                .from(C)
                .where(field(name("c", "location_id"), Long.class).eq(locationId))
                .and(person)
                .fetchArray(field(name("c", "id"), Long.class));
        return clients.length == 0 ? falseCondition() : CLIENT.eq(any(clients));
    }

    private static String escaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Condition services(RecordFilter f) {
        Condition c = noCondition();
        if (!f.serviceIds().isEmpty()) {
            c = c.and(exists(selectOne().from(X).where(X_APPOINTMENT.eq(ID)).and(X_SERVICE.in(f.serviceIds()))));
        }
        if (!f.serviceCategoryIds().isEmpty()) {
            c = c.and(exists(selectOne()
                    .from(X)
                    .join(S)
                    .on(S_ID.eq(X_SERVICE))
                    .where(X_APPOINTMENT.eq(ID))
                    .and(S_CATEGORY.in(f.serviceCategoryIds()))));
        }
        Condition hasServices = exists(selectOne().from(X).where(X_APPOINTMENT.eq(ID)));
        return switch (f.withServices()) {
            case WITH -> c.and(hasServices);
            case WITHOUT -> c.and(not(hasServices));
            case ANY -> c;
        };
    }

    private static Condition labels(List<Long> labelIds) {
        if (labelIds.isEmpty()) {
            return noCondition();
        }
        return exists(selectOne()
                .from(L)
                .where(field(name("l", "appointment_id"), Long.class).eq(ID))
                .and(field(name("l", "category_id"), Long.class).in(labelIds)));
    }

    private static Condition source(RecordFilter.Source source) {
        return switch (source) {
            case ONLINE -> ONLINE.isTrue();
            case OFFLINE -> ONLINE.isFalse();
            case ANY -> noCondition();
        };
    }

    /**
     * Fully paid: what was received (payments less refunds, deleted ones aside) covers the services'
     * cost after discounts; both sums are kept on the appointment by every write of lines and payments.
     */
    private static Condition paid(RecordFilter.Paid paid) {
        return switch (paid) {
            case FULL -> PAID_AMOUNT.ge(SERVICES_COST);
            case NOT_FULL -> PAID_AMOUNT.lt(SERVICES_COST);
            case ANY -> noCondition();
        };
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
