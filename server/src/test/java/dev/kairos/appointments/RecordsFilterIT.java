package dev.kairos.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every filter of GET /records, each shown to keep what it should and leave out the rest, on one
 * small calendar: six appointments that differ in team member, client, services, category, label,
 * source, status, payment, creator and creation date.
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsFilterIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long location;
    LocalDate day;
    long anna;
    long ben;
    long cut;
    long massage;
    long hair;
    long vip;
    long clara;
    long arrived;
    long noShow;
    long bare;
    long online;
    long cancelled;
    long paid;

    @BeforeAll
    void calendar() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        Api owner = Api.at(port).as(tenant.owner());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        day = BookingFixtures.nextTuesday();
        anna = booking.member(location, "Anna");
        ben = booking.member(location, "Ben");
        hair = insert("insert into service_categories (location_id, title) values (:l, 'Hair') returning id");
        long body = insert("insert into service_categories (location_id, title) values (:l, 'Body') returning id");
        cut = booking.service(location, "Haircut", 60, Map.of("category_id", hair), anna, ben);
        massage = booking.service(location, "Massage", 60, Map.of("category_id", body), anna, ben);
        vip = insert("insert into appointment_categories (location_id, title) values (:l, 'VIP') returning id");

        arrived = create(
                admin,
                anna,
                day,
                "10:00",
                cut,
                "+49301111111",
                "Clara Schmidt",
                "record_labels",
                List.of(String.valueOf(vip)));
        noShow = create(admin, ben, day, "10:00", massage, "+49302222222", "Max Weber");
        bare = create(admin, anna, day, "13:00", null, null, null, "seance_length", 1800);
        online = Api.at(port)
                .as(tenant.partnerOnly())
                .post(
                        "/book_record/" + location,
                        Map.of(
                                "phone",
                                "+49303333333",
                                "fullname",
                                "Olga Online",
                                "appointments",
                                List.of(Map.of(
                                        "id",
                                        1,
                                        "services",
                                        List.of(cut),
                                        "staff_id",
                                        ben,
                                        "datetime",
                                        day + " 14:00:00"))))
                .data()
                .get(0)
                .get("record_id")
                .asLong();
        cancelled = create(admin, anna, day.plusDays(1), "11:00", cut, "+49301111111", "Clara Schmidt");
        paid = create(owner, ben, day.plusDays(1), "12:00", cut, "+49304444444", "Paula Paid");
        clara = admin.get("/record/" + location + "/" + arrived)
                .data()
                .get("client")
                .get("id")
                .asLong();

        assertThat(admin.post("/locations/" + location + "/appointments/" + arrived + "/arrive", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(admin.post("/locations/" + location + "/appointments/" + noShow + "/no_show", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(admin.delete("/record/" + location + "/" + cancelled).status())
                .isEqualTo(204);
        long account = insert("insert into accounts (location_id, title) values (:l, 'Till') returning id");
        assertThat(admin.post(
                                "/locations/" + location + "/appointments/" + paid + "/payments",
                                Map.of("account_id", account, "amount", 50))
                        .status())
                .isEqualTo(201);
        fixtures.db()
                .sql("update appointments set created_at = created_at - interval '10 days' where id = :id")
                .param("id", noShow)
                .update();
    }

    @Test
    void withoutFiltersTheLiveAppointmentsInOrderOfTime() {
        var page = admin.get("/records/" + location);
        assertThat(ids(page)).containsExactly(arrived, noShow, bare, online, paid);
        assertThat(page.meta().get("page").asInt()).isEqualTo(1);
        assertThat(page.meta().get("total_count").asLong()).isEqualTo(5);
    }

    @Test
    void altegioFilters() {
        assertThat(ids("staff_id=" + anna)).containsExactly(arrived, bare);
        assertThat(ids("team_member_id=" + ben)).containsExactly(noShow, online, paid);
        assertThat(ids("client_id=" + clara)).containsExactly(arrived);
        assertThat(ids("client_id=" + clara + "&with_deleted=1")).containsExactly(arrived, cancelled);
        assertThat(ids("created_user_id=" + tenant.owner().userId())).containsExactly(paid);
        assertThat(ids("start_date=" + day.plusDays(1))).containsExactly(paid);
        assertThat(ids("end_date=" + day)).containsExactly(arrived, noShow, bare, online);
        assertThat(ids("start_date=" + day + "&end_date=" + day)).containsExactly(arrived, noShow, bare, online);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        assertThat(ids("c_end_date=" + today.minusDays(5))).containsExactly(noShow);
        assertThat(ids("c_start_date=" + today.minusDays(5))).containsExactly(arrived, bare, online, paid);
        assertThat(ids("with_deleted=1")).containsExactly(arrived, noShow, bare, online, cancelled, paid);
    }

    @Test
    void overviewFilters() {
        assertThat(ids("deleted=only")).containsExactly(cancelled);
        assertThat(ids("deleted=exclude")).containsExactly(arrived, noShow, bare, online, paid);
        assertThat(ids("deleted=all")).hasSize(6);
        assertThat(ids("attendance=1")).containsExactly(arrived);
        assertThat(ids("attendance[]=-1&attendance[]=1")).containsExactly(arrived, noShow);
        assertThat(ids("attendance=0")).containsExactly(bare, online, paid);
        assertThat(ids("client_query=schmidt&deleted=all")).containsExactly(arrived, cancelled);
        assertThat(ids("client_query=2222")).containsExactly(noShow);
        assertThat(ids("client_query=Olga")).containsExactly(online);
        assertThat(ids("client_query=nobody")).isEmpty();
        assertThat(ids("client_query=%25")).isEmpty();
        assertThat(ids("service_category_id=" + hair)).containsExactly(arrived, online, paid);
        assertThat(ids("record_label_id=" + vip)).containsExactly(arrived);
        assertThat(ids("source=online")).containsExactly(online);
        assertThat(ids("source=offline")).containsExactly(arrived, noShow, bare, paid);
        assertThat(ids("paid=full")).containsExactly(bare, paid);
        assertThat(ids("paid=not_full")).containsExactly(arrived, noShow, online);
        assertThat(ids("services=without")).containsExactly(bare);
        assertThat(ids("services=with")).containsExactly(arrived, noShow, online, paid);
    }

    @Test
    void omneoFilters() {
        assertThat(ids("filter[appointment_definition_id]=" + massage)).containsExactly(noShow);
        assertThat(ids("filter[status]=no_show")).containsExactly(noShow);
        assertThat(ids("filter[status]=cancelled&with_deleted=1")).containsExactly(cancelled);
        assertThat(ids("filter[location_id]=" + location + "&filter[status]=arrived"))
                .containsExactly(arrived);
        var omneo = admin.get("/appointments?filter[location_id]=" + location + "&filter[status]=arrived");
        assertThat(ids(omneo)).containsExactly(arrived);
        assertThat(admin.get("/records/" + location + "?filter[location_id]=" + tenant.locationB())
                        .status())
                .isEqualTo(422);
        assertThat(admin.get("/appointments?filter[location_id]=" + tenant.locationB())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void pagesAndIncludes() {
        var first = admin.get("/records/" + location + "?count=2&page=1");
        var third = admin.get("/records/" + location + "?count=2&page=3");
        assertThat(ids(first)).containsExactly(arrived, noShow);
        assertThat(ids(third)).containsExactly(paid);
        assertThat(third.meta().get("total_count").asLong()).isEqualTo(5);
        assertThat(third.meta().get("page").asInt()).isEqualTo(3);
        assertThat(admin.get("/records/" + location + "?count=301").status()).isEqualTo(422);
        assertThat(admin.get("/records/" + location + "?count=300").status()).isEqualTo(200);
        JsonNode plain = admin.get("/record/" + location + "/" + paid).data();
        assertThat(plain.has("finance_transactions")).isFalse();
        assertThat(plain.get("paid_full").asInt()).isEqualTo(1);
        var included = admin.get(
                "/records/" + location + "?include_finance_transactions=1&include_consumables=1&staff_id=" + ben);
        JsonNode record = included.data().get(2);
        assertThat(record.get("id").asLong()).isEqualTo(paid);
        assertThat(record.get("finance_transactions").get(0).get("amount").decimalValue())
                .isEqualByComparingTo("50");
        assertThat(record.get("consumables")).isEmpty();
    }

    List<Long> ids(String query) {
        var response = admin.get("/records/" + location + "?" + query);
        assertThat(response.status()).as(query + " -> " + response).isEqualTo(200);
        return ids(response);
    }

    static List<Long> ids(Api.Response response) {
        List<Long> ids = new ArrayList<>();
        response.data().forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    long create(
            Api api,
            long staff,
            LocalDate date,
            String time,
            Long service,
            String phone,
            String name,
            Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("staff_id", staff, "datetime", date + " " + time));
        if (service != null) {
            body.put("services", List.of(Map.of("id", service, "first_cost", 50)));
        }
        if (phone != null) {
            body.put("client", Map.of("phone", phone, "name", name));
        }
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        var response = api.post("/records/" + location, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().get("id").asLong();
    }

    long insert(String sql) {
        return fixtures.db().sql(sql).param("l", location).query(Long.class).single();
    }
}
