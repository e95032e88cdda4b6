package dev.kairos.bench.load;

import dev.kairos.bench.load.Dataset.Member;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a book_record of a named team member sends PostgreSQL inside its transaction, over JDBC and
 * without the server: the re-check under a share lock, the one statement that writes the client,
 * the visit and the appointment, its planned messages, and (at the commit) the activity log and the
 * webhook outbox. The statements are
 * {@link BookRecordSql}'s, bound as the server binds them. The caller holds the transaction. What
 * the server reads before it (the partner token, the location, the questionnaires and the
 * services) is not sent. A statement log of the server's book_record (log_statement = all) shows
 * the same statements in the same order and round trips.
 */
final class SqlBooking {

    /** A refusal outcome: the re-check found the hour held, as the server's answer 422/433. */
    static final String TAKEN_RECHECK = "refused: taken (re-check)";
    /**
     * A refusal outcome: the exclusion constraint refused the insert (the write did nothing for
     * it), as the server's answer 422/433.
     */
    static final String TAKEN_CONSTRAINT = "refused: taken (constraint)";
    /** A refusal outcome: PostgreSQL chose the booking as a deadlock victim on every attempt. */
    static final String DEADLOCKED = "refused: deadlock";

    static final String BOOKED = "booked";

    /** The re-check, by the statements sent before it in its round trip. */
    private static final Map<String, NamedSql> RECHECKS = new ConcurrentHashMap<>();

    private static final NamedSql WRITE = NamedSql.of(BookRecordSql.INSERT_WITH_CLIENT);
    /** Runs of the write per booking when another booking makes or changes its client meanwhile (the server's). */
    private static final int WRITES = 4;

    private static final NamedSql PLAN = NamedSql.of(BookRecordSql.PLAN_NOTIFICATIONS);
    private static final NamedSql COMMIT_WRITES = NamedSql.of(BookRecordSql.COMMIT_WRITES);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One booking: a team member's hour starting at {@code start}, for a client with this name and phone. */
    record Wanted(Member member, Instant start, String name, String phone) {}

    /** What the server reads of a service before the transaction, and uses in it. */
    record Service(
            long id,
            BigDecimal priceMin,
            BigDecimal discount,
            int durationSeconds,
            int bufferBeforeSeconds,
            int bufferAfterSeconds,
            int technicalBreakSeconds) {

        /** How far before the day and after it held time can reach a slot of the day (Availability.reach). */
        long reachSeconds() {
            return durationSeconds + bufferBeforeSeconds + bufferAfterSeconds + technicalBreakSeconds;
        }

        BigDecimal cost() {
            return priceMin.multiply(HUNDRED.subtract(discount)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        }
    }

    /** What one attempt came to. */
    sealed interface Attempt {
        /** Inserted, not yet committed; {@code newClient} when the booking made its client. */
        record Inserted(long appointment, long client, boolean newClient, Wanted wanted) implements Attempt {}

        /** @param why {@link #TAKEN_RECHECK} or {@link #TAKEN_CONSTRAINT} */
        record Refused(String why) implements Attempt {}

        /** A deadlock victim: as the server does, try again. */
        record Again() implements Attempt {}
    }

    private final long chainId;
    private final long partnerId;
    private final Map<Long, Service> services;

    SqlBooking(long chainId, long partnerId, Map<Long, Service> services) {
        this.chainId = chainId;
        this.partnerId = partnerId;
        this.services = Map.copyOf(services);
    }

    /** The services {@code ids} as the server reads them before a booking. */
    static Map<Long, Service> services(Connection db, List<Long> ids) throws SQLException {
        Map<Long, Service> found = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                select id, price_min, discount, duration_seconds, buffer_before_seconds, buffer_after_seconds,
                       technical_break_seconds
                  from services where id = any(?)
                """)) {
            query.setObject(1, ids.toArray(Long[]::new));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.put(
                            rs.getLong(1),
                            new Service(
                                    rs.getLong(1),
                                    rs.getBigDecimal(2),
                                    rs.getBigDecimal(3),
                                    rs.getInt(4),
                                    rs.getInt(5),
                                    rs.getInt(6),
                                    rs.getInt(7)));
                }
            }
        }
        return found;
    }

    /**
     * Sends one booking's statements in the caller's transaction; {@code prefix} (statements such
     * as a savepoint, or empty) goes in the same round trip as the first of them. After a refusal
     * or a deadlock the transaction (or the savepoint) has to be rolled back: a refused write may
     * have made the booking's client and visit.
     */
    Attempt attempt(Connection db, Wanted w, String prefix) throws SQLException {
        try {
            return send(db, w, prefix);
        } catch (SQLException e) {
            if ("40P01".equals(e.getSQLState())) {
                return new Attempt.Again();
            }
            throw e;
        }
    }

    private Attempt send(Connection db, Wanted w, String prefix) throws SQLException {
        Service service = services.get(w.member().haircut());
        Instant end = w.start().plusSeconds(service.durationSeconds());
        Instant busyFrom = w.start().minusSeconds(service.bufferBeforeSeconds());
        Instant busyUntil = end.plusSeconds(service.bufferAfterSeconds() + (long) service.technicalBreakSeconds());
        if (held(db, w, service, prefix, busyFrom, busyUntil)) {
            return new Attempt.Refused(TAKEN_RECHECK);
        }
        Instant now = Instant.now();
        Map<String, Object> params = appointment(w, service, end, busyFrom, busyUntil, now);
        params.putAll(client(w));
        params.put("self", null);
        Written written = write(db, params, w.phone());
        if (written.appointment() == null) {
            return new Attempt.Refused(TAKEN_CONSTRAINT);
        }
        long id = written.appointment();
        Map<String, Object> plan = new HashMap<>();
        plan.put("location", w.member().location());
        plan.put("appointment", id);
        plan.put("service", service.id());
        plan.put("event", "confirmed");
        plan.put("reminders", true);
        plan.put("smsHours", 0);
        plan.put("emailHours", 0);
        plan.put("start", utc(w.start()));
        plan.put("now", utc(now));
        update(PLAN, db, plan);
        return new Attempt.Inserted(id, written.client(), written.created(), w);
    }

    /** One settled run of the write: its client, whether made by it, and its appointment (null when refused). */
    private record Written(long client, boolean created, Long appointment) {}

    /**
     * The booking's one write, run again (as AppointmentWriter.insertWithClient does) while it
     * could not settle the client: another booking made or changed the client after it began.
     */
    private static Written write(Connection db, Map<String, Object> params, String phone) throws SQLException {
        for (int run = 0; run < WRITES; run++) {
            try (PreparedStatement statement = WRITE.prepare(db, params);
                    ResultSet rs = statement.executeQuery()) {
                rs.next();
                long client = rs.getLong("client_id");
                if (rs.wasNull() || !rs.getBoolean("held")) {
                    continue;
                }
                boolean created = rs.getBoolean("created");
                long appointment = rs.getLong("appointment_id");
                // The bench books no rooms: every hold asked was written, or none was asked.
                return new Written(client, created, rs.wasNull() ? null : appointment);
            }
        }
        throw new IllegalStateException("client with phone " + phone + " keeps changing");
    }

    /** The named parameters of the client found or made by phone (clients/ClientByPhone.params). */
    private Map<String, Object> client(Wanted w) {
        Map<String, Object> client = new HashMap<>();
        client.put("name", w.name());
        client.put("surname", "");
        client.put("patronymic", "");
        client.put("phone", w.phone());
        client.put("email", "");
        client.put("sex", 0);
        client.put("importance", 0);
        client.put("discount", BigDecimal.ZERO);
        client.put("card", "");
        client.put("birthDate", null);
        client.put("comment", "");
        client.put("smsCheck", false);
        client.put("smsNot", false);
        client.put("spent", BigDecimal.ZERO);
        client.put("balance", BigDecimal.ZERO);
        client.put("chain", chainId);
        client.put("location", w.member().location());
        return client;
    }

    /** The re-check's round trip: whether the team member's time is held anywhere in the booking's. */
    private boolean held(Connection db, Wanted w, Service service, String prefix, Instant busyFrom, Instant busyUntil)
            throws SQLException {
        LocalDate day = w.start().atZone(Dataset.ZONE).toLocalDate();
        Map<String, Object> params = new HashMap<>();
        params.put("shareMembers", new Long[] {w.member().id()});
        params.put("loc", w.member().location());
        params.put("ids", new Long[] {service.id()});
        params.put("only", w.member().id());
        params.put("online", true);
        params.put("from", day);
        params.put("to", day.plusDays(1));
        params.put("member", w.member().id());
        params.put("busyFrom", utc(day.atStartOfDay(Dataset.ZONE).toInstant().minusSeconds(service.reachSeconds())));
        params.put(
                "busyUntil",
                utc(day.plusDays(1).atStartOfDay(Dataset.ZONE).toInstant().plusSeconds(service.reachSeconds())));
        params.put("exclude", -1L);
        params.put("now", utc(Instant.now()));
        NamedSql sql = RECHECKS.computeIfAbsent(prefix, p -> NamedSql.of(p + BookRecordSql.RECHECK));
        List<Integer> rows = new ArrayList<>();
        boolean taken = false;
        try (PreparedStatement statement = sql.prepare(db, params)) {
            for (boolean isRows = statement.execute(); isRows || statement.getUpdateCount() != -1; ) {
                if (isRows) {
                    int count = 0;
                    try (ResultSet rs = statement.getResultSet()) {
                        while (rs.next()) {
                            count++;
                            // Only the last query (the held time) has three columns.
                            if (rows.size() == 3
                                    && rs.getObject(2, OffsetDateTime.class)
                                            .toInstant()
                                            .isBefore(busyUntil)
                                    && rs.getObject(3, OffsetDateTime.class)
                                            .toInstant()
                                            .isAfter(busyFrom)) {
                                taken = true;
                            }
                        }
                    }
                    rows.add(count);
                }
                isRows = statement.getMoreResults();
            }
        }
        if (rows.size() != 4 || rows.get(1) != 1 || rows.get(2) != 1) {
            throw new IllegalStateException("the re-check found no location or team member: " + rows);
        }
        return taken;
    }

    /** The named parameters of the appointment, its lines and (none) holds, as AppointmentWriter.row binds them. */
    private Map<String, Object> appointment(
            Wanted w, Service service, Instant end, Instant busyFrom, Instant busyUntil, Instant now) {
        Map<String, Object> a = new HashMap<>();
        a.put("locationId", w.member().location());
        a.put("teamMemberId", w.member().id());
        a.put("eventId", null);
        a.put("start", utc(w.start()));
        a.put("end", utc(end));
        a.put("busyFrom", utc(busyFrom));
        a.put("busyUntil", utc(busyUntil));
        a.put("status", "confirmed");
        a.put("confirmedAt", utc(now));
        a.put("arrivedAt", null);
        a.put("noShowAt", null);
        a.put("online", true);
        a.put("source", "online");
        a.put("masterRequested", true);
        a.put("clientsCount", 1);
        a.put("note", "");
        a.put("apiId", "");
        a.put("recordHash", hash());
        a.put("createdUserId", null);
        a.put("clientName", w.name());
        a.put("clientPhone", w.phone());
        a.put("clientEmail", "");
        a.put("overbooked", false);
        a.put("createdAt", utc(now));
        a.put("servicesCost", service.cost());
        a.put("technicalBreakSeconds", service.technicalBreakSeconds());
        a.put("smsHours", 0);
        a.put("emailHours", 0);
        a.put("lineServices", new Long[] {service.id()});
        a.put("lineAmounts", new Integer[] {1});
        a.put("lineFirstCosts", new String[] {service.priceMin().toPlainString()});
        a.put("lineDiscounts", new String[] {service.discount().toPlainString()});
        a.put("lineCosts", new String[] {service.cost().toPlainString()});
        a.put("holdInstances", new Long[0]);
        a.put("holdFroms", new String[0]);
        a.put("holdUntils", new String[0]);
        return a;
    }

    /**
     * The writes the server leaves for just before the commit, for every booking inserted in the
     * transaction, in one round trip: their activity log entries (the client, when the booking
     * made it, then the appointment) and the webhook outbox's rows for them.
     */
    void commitWrites(Connection db, List<Attempt.Inserted> inserted) throws SQLException {
        List<Long> locations = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        for (Attempt.Inserted i : inserted) {
            if (i.newClient()) {
                locations.add(i.wanted().member().location());
                entities.add("client");
                resources.add("client");
                ids.add(i.client());
                details.add("{\"name\":\"%s\",\"phone\":\"%s\",\"source\":\"booking\"}"
                        .formatted(i.wanted().name(), i.wanted().phone()));
            }
            locations.add(i.wanted().member().location());
            entities.add("appointment");
            resources.add("record");
            ids.add(i.appointment());
            details.add("{\"source\":\"online\"}");
        }
        locations.forEach(l -> actions.add("created"));
        Map<String, Object> params = new HashMap<>();
        params.put("locations", locations.toArray(Long[]::new));
        params.put("chains", new Long[locations.size()]);
        params.put("users", new Long[locations.size()]);
        params.put("partners", locations.stream().map(l -> partnerId).toArray(Long[]::new));
        params.put("actions", actions.toArray(String[]::new));
        params.put("entities", entities.toArray(String[]::new));
        params.put("entityIds", ids.toArray(Long[]::new));
        params.put("details", details.toArray(String[]::new));
        params.put("at", utc(Instant.now()));
        params.put("changeLocations", locations.toArray(Long[]::new));
        params.put("resources", resources.toArray(String[]::new));
        params.put("ids", ids.toArray(Long[]::new));
        params.put("statuses", actions.stream().map(a -> "create").toArray(String[]::new));
        update(COMMIT_WRITES, db, params);
    }

    /** Runs a statement, or several in one round trip, reading past every result. */
    private static void update(NamedSql sql, Connection db, Map<String, ?> params) throws SQLException {
        try (PreparedStatement statement = sql.prepare(db, params)) {
            for (boolean rows = statement.execute();
                    rows || statement.getUpdateCount() != -1;
                    rows = statement.getMoreResults()) {
                // Nothing to read: the statements' effects are what counts.
            }
        }
    }

    /** Runs a statement without parameters, such as a savepoint's. */
    static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String hash() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
