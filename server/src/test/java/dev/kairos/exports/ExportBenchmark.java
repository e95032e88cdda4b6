package dev.kairos.exports;

import dev.kairos.auth.Caller;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: times a 5,000-row export on the real PostgreSQL: building the .xlsx from the records,
 * and the whole job (read the filter's records, build, store, log; no SMTP server, so no mail).
 * Run it alone with {@code mvn -pl engine,server -am verify -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@KairosIT
class ExportBenchmark {

    @Autowired
    dev.kairos.appointments.Vocabulary words;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ExportJob job;

    @Autowired
    Locations locations;

    @Test
    void fiveThousandRows() {
        Tenant tenant = fixtures.tenant();
        long location = tenant.locationA();
        var db = fixtures.db();
        long member = db.sql("insert into team_members (location_id, name) values (:l, 'Anna') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        long service = db.sql(
                        "insert into services (location_id, title, price_min, price_max) values (:l, 'Haircut', 50, 50) returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        db.sql("""
                        insert into clients (chain_id, location_id, name, phone)
                        select :c, :l, 'Client ' || g, '+4915112' || lpad(g::text, 6, '0') from generate_series(1, 5000) g
                        """).param("c", tenant.chainId()).param("l", location).update();
        db.sql("""
                        insert into appointments (location_id, team_member_id, client_id, starts_at, ends_at, busy_from, busy_until,
                                                  record_hash, comment, created_user_id)
                        select :l, :m, c.id, t, t + interval '1 hour', t, t + interval '1 hour', gen_random_uuid()::text,
                               '=note ' || c.id, :u
                          from (select id, row_number() over (order by id) n from clients where location_id = :l) c,
                               lateral (select timestamptz '2031-01-01 08:00Z' + c.n * interval '1 hour' as t) x
                        """)
                .param("l", location)
                .param("m", member)
                .param("u", tenant.owner().userId())
                .update();
        db.sql("""
                        insert into appointment_services (appointment_id, service_id, first_cost, discount, cost)
                        select id, :s, 50, 0, 50 from appointments where location_id = :l
                        """).param("s", service).param("l", location).update();
        Location at = locations.find(location).orElseThrow();
        Caller owner = new Caller(
                new Caller.Partner(0, tenant.chainId()),
                new Caller.User(
                        tenant.owner().userId(),
                        tenant.chainId(),
                        true,
                        tenant.owner().login()));
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            List<dev.kairos.appointments.RecordViews.Appointment> rows = job.read(owner, at, "");
            long read = System.nanoTime();
            byte[] bytes = new AppointmentWorkbook(Map.of(), words, java.util.Locale.ENGLISH).write(rows);
            long built = System.nanoTime();
            job.run(new ExportRequest(tenant.owner().userId(), location, "", "en"), null);
            long whole = System.nanoTime();
            System.out.printf(
                    "EXPORT-BENCH run %d: %d rows; read records %d ms, build xlsx %d ms (%d KiB); whole job %d ms%n",
                    i,
                    rows.size(),
                    (read - start) / 1_000_000,
                    (built - read) / 1_000_000,
                    bytes.length / 1024,
                    (whole - built) / 1_000_000);
        }
    }
}
