package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An integrator mirrors a location's appointments with changed_after: each pass asks from the
 * newest last_change_date it has seen and pages through; the mirror then equals the server's list,
 * deleted appointments included, even when changes land within the same second as the cursor.
 */
@KairosIT
class ChangeFeedIT {

    static final List<String> SCHEMA_FIELDS = List.of(
            "id",
            "company_id",
            "staff_id",
            "services",
            "goods_transactions",
            "staff",
            "client",
            "date",
            "datetime",
            "create_date",
            "comment",
            "online",
            "visit_attendance",
            "attendance",
            "confirmed",
            "seance_length",
            "length",
            "sms_before",
            "sms_now",
            "sms_now_text",
            "email_now",
            "notified",
            "master_request",
            "api_id",
            "from_url",
            "review_requested",
            "is_remind_sms_sent",
            "visit_id",
            "created_user_id",
            "deleted",
            "paid_full",
            "prepaid",
            "prepaid_confirmed",
            "last_change_date",
            "custom_color",
            "custom_font_color",
            "record_labels",
            "activity_id",
            "custom_fields",
            "documents",
            "sms_remain_hours",
            "email_remain_hours",
            "bookform_id",
            "record_from",
            "is_mobile",
            "is_sale_bill_printed",
            "consumables",
            "finance_transactions",
            "acceptance_free",
            "clients_count",
            "comer",
            "is_update_blocked",
            "payment_status",
            "resource_instance_ids",
            "short_link",
            "technical_break_duration");
    static final List<String> SERVICE_FIELDS = List.of(
            "id",
            "title",
            "cost",
            "cost_to_pay",
            "manual_cost",
            "cost_per_unit",
            "discount",
            "first_cost",
            "amount",
            "assistants");
    static final List<String> STAFF_FIELDS = List.of(
            "id", "api_id", "name", "specialization", "position", "avatar", "avatar_big", "rating", "votes_count");
    static final List<String> CLIENT_FIELDS = List.of(
            "id",
            "name",
            "surname",
            "middle_name",
            "patronymic",
            "display_name",
            "comment",
            "phone",
            "card",
            "email",
            "success_visits_count",
            "fail_visits_count",
            "discount",
            "is_new",
            "custom_fields",
            "gender",
            "sex",
            "birthday",
            "client_tags",
            "phone_country_id");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long location;
    long anna;
    long cut;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Haircut", 30, anna);
        day = BookingFixtures.nextTuesday();
    }

    @Test
    void aMirrorBuiltFromChangedAfterMissesNothing() {
        Map<Long, JsonNode> mirror = new HashMap<>();
        String cursor = "2000-01-01T00:00:00+00:00";
        for (int i = 0; i < 7; i++) {
            create(String.format("%02d:00", 9 + i));
        }
        cursor = sync(mirror, cursor);
        assertThat(mirror).hasSize(7);

        // Changes within the cursor's own second, and after it: a move, a delete, a status, a new one.
        List<Long> ids = List.copyOf(mirror.keySet());
        admin.put("/record/" + location + "/" + ids.get(0), body("17:00"));
        admin.delete("/record/" + location + "/" + ids.get(1));
        admin.post("/locations/" + location + "/appointments/" + ids.get(2) + "/arrive", Map.of());
        long fresh = create("16:30");
        cursor = sync(mirror, cursor);

        var server =
                admin.get("/records/" + location + "?with_deleted=1&count=300").data();
        assertThat(mirror).hasSize(server.size());
        // The embedded client carries visit counts that change with other records: the client feed covers them.
        server.forEach(r -> assertThat(withoutClient(mirror.get(r.get("id").asLong())))
                .as("record " + r.get("id"))
                .isEqualTo(withoutClient(r)));
        assertThat(mirror.get(ids.get(1)).get("deleted").asBoolean()).isTrue();
        assertThat(mirror.get(ids.get(2)).get("attendance").asInt()).isEqualTo(1);
        assertThat(mirror.get(ids.get(0)).get("date").asString()).isEqualTo(day + " 17:00:00");
        assertThat(mirror).containsKey(fresh);
        assertThat(cursor).isNotBlank();
    }

    static JsonNode withoutClient(JsonNode record) {
        var copy = (tools.jackson.databind.node.ObjectNode) record.deepCopy();
        copy.remove("client");
        return copy;
    }

    @Test
    void theRecordCarriesEveryFieldOfTheSchema() {
        long id = create("10:00");
        JsonNode record = admin.get(
                        "/record/" + location + "/" + id + "?include_consumables=1&include_finance_transactions=1")
                .data();
        assertThat(record.propertyNames()).containsAll(SCHEMA_FIELDS);
        assertThat(record.get("services").get(0).propertyNames()).containsAll(SERVICE_FIELDS);
        assertThat(record.get("staff").propertyNames()).containsAll(STAFF_FIELDS);
        assertThat(record.get("client").propertyNames()).containsAll(CLIENT_FIELDS);
        assertThat(record.get("create_date").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d{4}");
        assertThat(record.get("datetime").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(record.get("date").asString()).isEqualTo(day + " 10:00:00");
    }

    /** One pass: pages through everything changed since the cursor and returns the newest change seen. */
    String sync(Map<Long, JsonNode> mirror, String cursor) {
        OffsetDateTime newest = OffsetDateTime.parse(cursor);
        for (int page = 1; ; page++) {
            var response = admin.get(
                    "/records/" + location + "?with_deleted=1&count=3&page=" + page + "&changed_after=" + enc(cursor));
            assertThat(response.status()).isEqualTo(200);
            for (JsonNode r : response.data()) {
                mirror.put(r.get("id").asLong(), r);
                OffsetDateTime changed = OffsetDateTime.parse(
                        r.get("last_change_date").asString(), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx"));
                newest = changed.isAfter(newest) ? changed : newest;
            }
            if (response.data().size() < 3) {
                return newest.toString();
            }
        }
    }

    long create(String time) {
        var created = admin.post("/records/" + location, body(time));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asLong();
    }

    Map<String, Object> body(String time) {
        return Map.of(
                "staff_id",
                anna,
                "datetime",
                day + " " + time,
                "services",
                List.of(Map.of("id", cut)),
                "client",
                Map.of("phone", "+49301234567", "name", "Clara"));
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
