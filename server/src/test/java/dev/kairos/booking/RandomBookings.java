package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A burst of online bookings that mostly collide: each request asks for a random team member (or
 * any, staff id 0), a random service and a random start from a small window of days and times.
 * Request {@code n} is the same for a given seed, so a failure can be replayed. What the server
 * answered is kept as {@link Outcome}s and checked against the appointments table afterwards.
 *
 * @param members the team members, each linked to every service
 * @param minutes each service's id and its length in minutes
 */
record RandomBookings(
        long location, ZoneId zone, long[] members, Map<Long, Integer> minutes, LocalDate firstDay, long seed) {

    static final int DAYS = 10;
    static final int STARTS = 8;
    static final LocalDateTime TEN = LocalDate.EPOCH.atTime(10, 0);
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What one request asked for: {@code member} 0 for any. */
    record Wanted(int n, long member, long service, LocalDateTime start) {}

    /** What the server answered to one request: a record id when booked (status 201), else Altegio's code. */
    record Outcome(Wanted wanted, int status, long recordId, int code, String body) {

        boolean booked() {
            return status == 201 && recordId > 0;
        }

        /** A refusal the wire promises for a taken time (433) or no free team member (436). */
        boolean refused() {
            return status == 422 && (code == 433 || code == 436);
        }
    }

    /** A row of the appointments table, as the checks need it. */
    record Row(long id, Long member, OffsetDateTime start, OffsetDateTime end, boolean holds, boolean overbooked) {}

    Wanted wanted(int n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        long member = random.nextInt(5) == 0 ? 0 : members[random.nextInt(members.length)];
        List<Long> services = minutes.keySet().stream().sorted().toList();
        LocalDateTime start = firstDay.plusDays(random.nextInt(DAYS))
                .atTime(TEN.toLocalTime())
                .plusMinutes(15L * random.nextInt(STARTS));
        return new Wanted(n, member, services.get(random.nextInt(services.size())), start);
    }

    /**
     * Sends requests {@code client}, {@code client + clients}, ... below {@code total}, alternating
     * between the nodes, one after the other: this client's share of the burst.
     */
    List<Outcome> send(int client, int clients, int total, List<Api> nodes) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int n = client; n < total; n += clients) {
            outcomes.add(send(wanted(n), nodes.get(n % nodes.size())));
        }
        return outcomes;
    }

    private Outcome send(Wanted w, Api node) {
        Api.Response response = node.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+4930" + (5_000_000 + w.n()),
                        "fullname",
                        "Client " + w.n(),
                        "appointments",
                        List.of(Map.of(
                                "id",
                                w.n(),
                                "services",
                                List.of(w.service()),
                                "staff_id",
                                w.member(),
                                "datetime",
                                WIRE.format(w.start())))));
        var json = response.contentType().contains("json") ? response.json() : null;
        long id = response.status() == 201
                ? json.get("data").get(0).get("record_id").asLong()
                : 0;
        int code = response.status() == 422
                ? json.path("meta").path("errors").path(0).path("code").asInt()
                : 0;
        return new Outcome(w, response.status(), id, code, response.status() == 201 ? "" : response.body());
    }

    /**
     * Every answer was a booking or a promised refusal; no two holding appointments of a team
     * member overlap; every booking acknowledged is in the table, holds its time, with the member
     * (when one was named), the start and the length acknowledged; and nothing else holds time.
     */
    void check(List<Outcome> outcomes, JdbcClient db) {
        assertThat(outcomes)
                .filteredOn(o -> !o.booked() && !o.refused())
                .as("answers neither a booking nor a 433/436 refusal")
                .isEmpty();
        assertThat(overlaps(db)).as("overlapping holds of one team member").isEmpty();
        List<Outcome> booked = outcomes.stream().filter(Outcome::booked).toList();
        Map<Long, Row> rows = rows(db).stream().collect(Collectors.toMap(Row::id, Function.identity()));
        assertThat(booked).allSatisfy(o -> {
            Row row = rows.get(o.recordId());
            assertThat(row).as("acknowledged record %s", o.recordId()).isNotNull();
            assertThat(row.holds()).as("record %s holds its time", o.recordId()).isTrue();
            assertThat(row.overbooked()).isFalse();
            assertThat(row.member())
                    .isIn(
                            o.wanted().member() == 0
                                    ? boxed(members)
                                    : List.of(o.wanted().member()));
            assertThat(row.start().toInstant())
                    .isEqualTo(o.wanted().start().atZone(zone).toInstant());
            assertThat(Duration.between(row.start(), row.end()))
                    .isEqualTo(Duration.ofMinutes(minutes.get(o.wanted().service())));
        });
        assertThat(booked.stream().map(Outcome::recordId).distinct().count()).isEqualTo(booked.size());
        assertThat(rows.values().stream().filter(Row::holds).count())
                .as("holding appointments against acknowledged bookings")
                .isEqualTo(booked.size());
        assertThat(rows).as("a refused booking leaves no row").hasSize(booked.size());
    }

    private List<String> overlaps(JdbcClient db) {
        return db.sql("""
                        select a.id || ' and ' || b.id from appointments a
                          join appointments b on b.team_member_id = a.team_member_id and a.id < b.id
                               and tstzrange(a.busy_from, a.busy_until) && tstzrange(b.busy_from, b.busy_until)
                         where a.location_id = :l and b.location_id = :l
                           and holds_time(a.status) and holds_time(b.status)
                        """).param("l", location).query(String.class).list();
    }

    private List<Row> rows(JdbcClient db) {
        return db.sql("""
                        select id, team_member_id, starts_at, ends_at, holds_time(status) as holds, overbooked
                          from appointments where location_id = :l
                        """)
                .param("l", location)
                .query((rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getObject("team_member_id", Long.class),
                        rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getObject("ends_at", OffsetDateTime.class),
                        rs.getBoolean("holds"),
                        rs.getBoolean("overbooked")))
                .list();
    }

    private static List<Long> boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
