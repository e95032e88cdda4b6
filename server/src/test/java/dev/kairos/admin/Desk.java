package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.Tenant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A location's front desk for page tests: team, services and appointments made over the API, and what the pages show. */
final class Desk {

    final int port;
    final Fixtures fixtures;
    final Tenant tenant;
    final long location;
    final BookingFixtures booking;
    private final Api admin;

    Desk(int port, Fixtures fixtures) {
        this.port = port;
        this.fixtures = fixtures;
        this.tenant = fixtures.tenant();
        this.location = tenant.locationA();
        this.booking = new BookingFixtures(fixtures.db());
        this.admin = Api.at(port).as(tenant.adminA());
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + location + path;
    }

    long category(String title) {
        return fixtures.db()
                .sql("insert into service_categories (location_id, title) values (:l, :t) returning id")
                .param("l", location)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    void inCategory(long service, long category) {
        fixtures.db()
                .sql("update services set category_id = :c where id = :s")
                .param("c", category)
                .param("s", service)
                .update();
    }

    /** An appointment booked by the administrator; {@code services} empty books an hour without services. */
    long book(long member, LocalDateTime at, String clientName, String phone, long... services) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("staff_id", member);
        body.put("datetime", at.toString().replace('T', ' '));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (long s : services) {
            lines.add(Map.of("id", s));
        }
        body.put("services", lines);
        if (services.length == 0) {
            body.put("seance_length", 3600);
        }
        if (phone != null) {
            body.put("client", Map.of("phone", phone, "name", clientName));
        }
        var created = admin.post("/records/" + location, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asLong();
    }

    void cancel(long id) {
        assertThat(admin.delete("/record/" + location + "/" + id).status()).isEqualTo(204);
    }

    /** Money received for the appointment into a new till, through the payments API. */
    void pay(long id, int amount) {
        long account = fixtures.db()
                .sql("insert into accounts (location_id, title) values (:l, 'Till') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        assertThat(admin.post(
                                "/locations/" + location + "/appointments/" + id + "/payments",
                                Map.of("account_id", account, "amount", amount))
                        .status())
                .isEqualTo(201);
    }

    String status(long id) {
        return fixtures.db()
                .sql("select status from appointments where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** Where the appointment is: its team member and local start at the location. */
    String placeOf(long id) {
        return fixtures.db().sql("""
                        select a.team_member_id || ' ' || to_char(a.starts_at at time zone l.time_zone, 'YYYY-MM-DD HH24:MI')
                          from appointments a join locations l on l.id = a.location_id where a.id = :id
                        """).param("id", id).query(String.class).single();
    }

    /** As {@link Browser#navigates}: the page the action leads to has loaded and settled, or why not. */
    static void navigates(Page page, Runnable action) {
        Browser.navigates(page, action);
    }

    /** The ids of the rows the overview table shows. */
    static Set<Long> rows(Page page) {
        return page.locator("table.appointments tbody tr[data-id]").all().stream()
                .map(r -> Long.parseLong(r.getAttribute("data-id")))
                .collect(Collectors.toSet());
    }
}
