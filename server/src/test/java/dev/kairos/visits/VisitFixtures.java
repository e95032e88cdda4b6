package dev.kairos.visits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A team member, services, clients and booked visits, written straight to the database. */
final class VisitFixtures {

    private final JdbcClient db;

    VisitFixtures(JdbcClient db) {
        this.db = db;
    }

    /** One location's things for a test: a team member, a client and two priced services. */
    record Site(long location, long member, long client, long cut, long colour) {}

    Site site(long chain, long location) {
        long member = db.sql("insert into team_members (location_id, name) values (:l, 'Anna') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        long client = db.sql("insert into clients (chain_id, location_id, name) values (:c, :l, 'Maria') returning id")
                .param("c", chain)
                .param("l", location)
                .query(Long.class)
                .single();
        return new Site(
                location,
                member,
                client,
                service(location, "Haircut", "50.00"),
                service(location, "Colouring", "80.00"));
    }

    long service(long location, String title, String price) {
        return db.sql(
                        "insert into services (location_id, title, price_min, price_max) values (:l, :t, :p, :p) returning id")
                .param("l", location)
                .param("t", title)
                .param("p", new BigDecimal(price))
                .query(Long.class)
                .single();
    }

    long visit(Site site) {
        return db.sql("insert into visits (location_id, client_id, day) values (:l, :c, :d) returning id")
                .param("l", site.location())
                .param("c", site.client())
                .param("d", LocalDate.now().plusDays(14))
                .query(Long.class)
                .single();
    }

    /**
     * A confirmed appointment in the visit, {@code hour} hours after the visit day's start (UTC), with
     * one line of {@code service} charging {@code cost}.
     */
    long appointment(Site site, long visit, int hour, long service, String cost) {
        Instant start = LocalDate.now()
                .plusDays(14)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .plus(hour, ChronoUnit.HOURS);
        long id = db.sql("""
                        insert into appointments (location_id, team_member_id, client_id, visit_id, starts_at, ends_at,
                                                  busy_from, busy_until, status, record_hash, services_cost)
                        values (:l, :m, :c, :v, :s, :e, :s, :e, 'confirmed', :h, :cost) returning id
                        """)
                .param("l", site.location())
                .param("m", site.member())
                .param("c", site.client())
                .param("v", visit)
                .param("s", start.atOffset(ZoneOffset.UTC))
                .param("e", start.plus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC))
                .param("h", UUID.randomUUID().toString())
                .param("cost", new BigDecimal(cost))
                .query(Long.class)
                .single();
        db.sql("""
                        insert into appointment_services (appointment_id, service_id, first_cost, discount, cost)
                        values (:a, :s, :c, 0, :c)
                        """)
                .param("a", id)
                .param("s", service)
                .param("c", new BigDecimal(cost))
                .update();
        return id;
    }

    void status(long appointment, String status) {
        db.sql("update appointments set status = :s where id = :id")
                .param("s", status)
                .param("id", appointment)
                .update();
    }

    String statusOf(long appointment) {
        return db.sql("select status from appointments where id = :id")
                .param("id", appointment)
                .query(String.class)
                .single();
    }

    int versionOf(long appointment) {
        return db.sql("select version from appointments where id = :id")
                .param("id", appointment)
                .query(Integer.class)
                .single();
    }

    long account(long location, String title, boolean cash) {
        return db.sql("insert into accounts (location_id, title, is_cash) values (:l, :t, :c) returning id")
                .param("l", location)
                .param("t", title)
                .param("c", cash)
                .query(Long.class)
                .single();
    }

    long count(String table, long location) {
        return db.sql("select count(*) from " + table + " where location_id = :l")
                .param("l", location)
                .query(Long.class)
                .single();
    }
}
