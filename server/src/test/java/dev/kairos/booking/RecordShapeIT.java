package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The record object and the client cabinet's record keep Altegio's fields in Altegio's order, the
 * optional parts appearing only when asked for: the typed records that write them must not drift.
 */
@KairosIT
class RecordShapeIT {

    static final List<String> RECORD = List.of(
            "id",
            "company_id",
            "staff_id",
            "services",
            "goods_transactions",
            "staff",
            "client",
            "comer",
            "clients_count",
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
            "payment_status",
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
            "acceptance_free",
            "is_update_blocked",
            "resource_instance_ids",
            "answers",
            "short_link",
            "status",
            "source",
            "overbooked",
            "technical_break_duration",
            "timestamps");

    static final List<String> TIMESTAMPS = List.of(
            "created_at",
            "confirmed_at",
            "arrived_at",
            "completed_at",
            "no_show_at",
            "cancelled_at",
            "rejected_at",
            "confirmed_by",
            "cancelled_by",
            "cancelled_by_client",
            "rejected_by");

    static final List<String> USER_RECORD = List.of(
            "id",
            "services",
            "company",
            "staff",
            "clients_count",
            "date",
            "datetime",
            "create_date",
            "comment",
            "deleted",
            "status",
            "attendance",
            "visit_attendance",
            "confirmed",
            "length",
            "notify_by_sms",
            "notify_by_email",
            "master_requested",
            "online",
            "api_id",
            "last_change_date",
            "prepaid",
            "prepaid_confirmed",
            "activity_id");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Api admin;
    Api widget;
    long location;
    long anna;
    long cut;
    LocalDate day;

    @BeforeEach
    void setUp() {
        Tenant tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        widget = Api.at(port).as(tenant.partnerOnly());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Cut", 60, anna);
        day = BookingFixtures.nextTuesday();
    }

    @Test
    void theRecordObjectHasAltegiosFieldsInOrderAndItsOptionalPartsOnlyWhenAsked() {
        long id = admin.post(
                        "/records/" + location,
                        Map.of(
                                "staff_id",
                                anna,
                                "datetime",
                                day + " 10:00:00",
                                "services",
                                List.of(Map.of("id", cut)),
                                "client",
                                Map.of("phone", "+49301111111", "name", "Clara")))
                .data()
                .get("id")
                .asLong();
        String path = "/record/" + location + "/" + id;

        JsonNode plain = admin.get(path).data();
        assertThat(plain.propertyNames()).containsExactlyElementsOf(RECORD);
        assertThat(plain.get("timestamps").propertyNames()).containsExactlyElementsOf(TIMESTAMPS);
        assertThat(plain.get("services").get(0).propertyNames())
                .containsExactly(
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
        assertThat(plain.get("client").propertyNames()).contains("display_name", "is_new", "phone_country_id");

        JsonNode full = admin.get(path + "?include_consumables=1&include_finance_transactions=1")
                .data();
        assertThat(full.propertyNames())
                .containsExactlyElementsOf(java.util.stream.Stream.concat(
                                RECORD.stream(), java.util.stream.Stream.of("consumables", "finance_transactions"))
                        .toList());
    }

    @Test
    void theCabinetsRecordHasAltegiosFieldsInOrder() {
        JsonNode booked = widget.post(
                        "/book_record/" + location,
                        Map.of(
                                "phone",
                                "+49 30 1234567",
                                "fullname",
                                "Olga",
                                "appointments",
                                List.of(Map.of(
                                        "id",
                                        7,
                                        "services",
                                        List.of(cut),
                                        "staff_id",
                                        anna,
                                        "datetime",
                                        day + " 13:00:00"))))
                .data()
                .get(0);
        assertThat(booked.propertyNames()).containsExactly("id", "record_id", "record_hash");

        JsonNode record = widget.get("/user/records/" + booked.get("record_id").asLong() + "/"
                        + booked.get("record_hash").asString())
                .data()
                .get(0);
        assertThat(record.propertyNames()).containsExactlyElementsOf(USER_RECORD);
    }

    @Test
    void theOpenApiDocumentNamesTheRecordObjectsFields() {
        JsonNode document = Api.openApiDocument(port);
        JsonNode operation = document.get("paths")
                .get("/api/v1/record/{locationId}/{recordId}")
                .get("get");
        JsonNode envelope = resolved(
                document,
                operation
                        .get("responses")
                        .get("200")
                        .get("content")
                        .properties()
                        .iterator()
                        .next()
                        .getValue()
                        .get("schema"));
        JsonNode record = resolved(document, envelope.get("properties").get("data"));
        assertThat(record.get("properties").propertyNames()).containsAll(RECORD);
        assertThat(resolved(document, record.get("properties").get("timestamps"))
                        .get("properties")
                        .propertyNames())
                .containsExactlyInAnyOrderElementsOf(TIMESTAMPS);
    }

    private static JsonNode resolved(JsonNode document, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : document.at(ref.asString().substring(1));
    }
}
