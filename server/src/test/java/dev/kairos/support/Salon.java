package dev.kairos.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A location's things for the Excel tests, written straight to the database: team members,
 * services, a cash register and appointments; and reading a downloaded sheet back.
 */
public final class Salon {

    private final JdbcClient db;
    private final long location;

    public Salon(JdbcClient db, long location) {
        this.db = db;
        this.location = location;
    }

    public long member(String name) {
        return db.sql("insert into team_members (location_id, name) values (:l, :n) returning id")
                .param("l", location)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    public long service(String title, String price) {
        return db.sql(
                        "insert into services (location_id, title, price_min, price_max) values (:l, :t, :p, :p) returning id")
                .param("l", location)
                .param("t", title)
                .param("p", new BigDecimal(price))
                .query(Long.class)
                .single();
    }

    public long register(String title) {
        return db.sql("insert into accounts (location_id, title) values (:l, :t) returning id")
                .param("l", location)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    public long client(String name, String e164) {
        return db.sql("""
                        insert into clients (chain_id, location_id, name, phone)
                        select chain_id, id, :n, :p from locations where id = :l returning id
                        """)
                .param("l", location)
                .param("n", name)
                .param("p", e164)
                .query(Long.class)
                .single();
    }

    /** A client with a surname beside the name, as a front desk would enter one. */
    public long client(String name, String surname, String e164) {
        long id = client(name, e164);
        db.sql("update clients set surname = :s where id = :id")
                .param("s", surname)
                .param("id", id)
                .update();
        return id;
    }

    /** A confirmed hour-long appointment with one service line at its list price. */
    public long appointment(long member, Long client, Instant start, long service, String cost, String comment) {
        long id = db.sql("""
                        insert into appointments (location_id, team_member_id, client_id, starts_at, ends_at, busy_from, busy_until,
                                                  status, record_hash, comment, services_cost)
                        values (:l, :m, :c, :s, :e, :s, :e, 'confirmed', :h, :comment, :cost) returning id
                        """)
                .param("l", location)
                .param("m", member)
                .param("c", client)
                .param("s", start.atOffset(ZoneOffset.UTC))
                .param("e", start.plusSeconds(3600).atOffset(ZoneOffset.UTC))
                .param("h", UUID.randomUUID().toString())
                .param("comment", comment)
                .param("cost", new BigDecimal(cost))
                .query(Long.class)
                .single();
        db.sql(
                        "insert into appointment_services (appointment_id, service_id, first_cost, discount, cost) values (:a, :s, :c, 0, :c)")
                .param("a", id)
                .param("s", service)
                .param("c", new BigDecimal(cost))
                .update();
        return id;
    }

    public long appointments() {
        return db.sql("select count(*) from appointments where location_id = :l")
                .param("l", location)
                .query(Long.class)
                .single();
    }

    /** The first sheet's rows as text, header included; empty cells as "". */
    public static List<List<String>> read(Path xlsx) {
        try (InputStream in = Files.newInputStream(xlsx);
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<List<String>> rows = new ArrayList<>();
            try (var stream = workbook.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getCellText(c));
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
