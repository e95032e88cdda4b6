package dev.kairos.webhooks;

import static dev.kairos.webhooks.Receiver.about;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every API path that changes a resource Altegio's hooks cover sends its webhook, with the
 * resource, status and data (the object the GET API returns) Altegio sends: records from staff,
 * online booking, group events, a client's own cancel and move, lifecycle moves and bulk delete;
 * payments and visits; clients, services and their parts, categories, team members, the location
 * and its hours, and schedules. (The admin pages, the booking page and imports are in
 * {@link WebhookPagesIT}.)
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookChangePathsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Hooked hooked;
    Api admin;
    Api widget;
    long location;
    long anna;
    long cut;
    LocalDate day;

    @BeforeAll
    void setUp() {
        hooked = new Hooked(port, fixtures);
        admin = hooked.admin;
        widget = Api.at(port).as(hooked.tenant.partnerOnly());
        location = hooked.location;
        hooked.booking.openEveryDay(location);
        anna = hooked.booking.member(location, "Anna");
        cut = hooked.booking.service(location, "Haircut", 60, anna);
        day = BookingFixtures.nextTuesday();
    }

    @AfterAll
    void tearDown() {
        hooked.close();
    }

    @Test
    void staffRecordsCreateUpdateMoveThroughTheLifecycleAndDelete() {
        var created = admin.post("/records/" + location, record("09:00:00", "+4915110000001"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().get("id").asLong();
        long client = created.data().get("client").get("id").asLong();
        expect("record", id, "create");
        expect("client", client, "create");

        assertThat(admin.put("/record/" + location + "/" + id, record("10:00:00", "+4915110000001"))
                        .status())
                .isEqualTo(200);
        expectData("record", id, "update", "/record/" + location + "/" + id);

        assertThat(admin.post("/locations/" + location + "/appointments/" + id + "/arrive", Map.of())
                        .status())
                .isEqualTo(200);
        hooked.receiver.await(about("record", id, "update"), 2);

        assertThat(admin.delete("/record/" + location + "/" + id).status()).isEqualTo(204);
        JsonNode deleted = expect("record", id, "delete").data();
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted)
                .isEqualTo(admin.get("/record/" + location + "/" + id).data());
    }

    @Test
    void aRejectedRequestIsDeletedAndABulkDeleteTellsOfEach() {
        long approval =
                hooked.booking.service(location, "Consultation", 30, Map.of("booking_type", "approval_required"), anna);
        var requested = widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+4915110000002",
                        "fullname",
                        "Rita",
                        "appointments",
                        List.of(Map.of(
                                "id",
                                1,
                                "services",
                                List.of(approval),
                                "staff_id",
                                anna,
                                "datetime",
                                day + " 12:00:00"))));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        long id = requested.data().get(0).get("record_id").asLong();
        expect("record", id, "create");
        assertThat(admin.post("/locations/" + location + "/appointments/" + id + "/reject", Map.of())
                        .status())
                .isEqualTo(200);
        expect("record", id, "delete");

        long one = admin.post("/records/" + location, record("13:00:00", "+4915110000003"))
                .data()
                .get("id")
                .asLong();
        long two = admin.post("/records/" + location, record("14:00:00", "+4915110000003"))
                .data()
                .get("id")
                .asLong();
        var bulk = admin.post("/locations/" + location + "/appointments/bulk_delete", Map.of("ids", List.of(one, two)));
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        expect("record", one, "delete");
        expect("record", two, "delete");
    }

    @Test
    void onlineBookingAClientsOwnMoveAndCancelAndAGroupEvent() {
        var booked = widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+4915110000004",
                        "fullname",
                        "Maria",
                        "appointments",
                        List.of(Map.of(
                                "id",
                                7,
                                "services",
                                List.of(cut),
                                "staff_id",
                                anna,
                                "datetime",
                                day.plusDays(1) + " 09:00:00"))));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long id = booked.data().get(0).get("record_id").asLong();
        String hash = booked.data().get(0).get("record_hash").asString();
        JsonNode created = expect("record", id, "create").data();
        assertThat(created.get("online").asBoolean()).isTrue();
        expect("client", created.get("client").get("id").asLong(), "create");

        var moved = widget.put(
                "/book_record/" + location + "/" + id + "?record_hash=" + hash,
                Map.of("datetime", day.plusDays(1) + " 11:00:00"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        expect("record", id, "update");
        assertThat(widget.delete("/user/records/" + id + "/" + hash).status()).isEqualTo(200);
        expect("record", id, "delete");

        long event = fixtures.db()
                .sql("""
                        insert into events (location_id, service_id, team_member_id, starts_at, ends_at, capacity)
                        values (:l, :s, :m, :start, :start + interval '1 hour', 5) returning id
                        """)
                .param("l", location)
                .param("s", cut)
                .param("m", anna)
                .param("start", day.plusDays(2).atTime(18, 0).atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
        var seat = widget.post(
                "/activity/" + location + "/" + event + "/book", Map.of("fullname", "Ola", "phone", "+4915110000005"));
        assertThat(seat.status()).as(seat.toString()).isEqualTo(200);
        expect("record", seat.data().get("id").asLong(), "create");
    }

    @Test
    void paymentsRefundsTheirDeletionAndSettlingAVisit() {
        long account = admin.post("/accounts/" + location, Map.of("title", "Till", "type", 1))
                .data()
                .get("id")
                .asLong();
        admin.post("/accounts/" + location, Map.of("title", "Card", "type", 2));
        JsonNode record = admin.post("/records/" + location, record("15:00:00", "+4915110000006"))
                .data();
        long id = record.get("id").asLong();
        String payments = "/locations/" + location + "/appointments/" + id + "/payments";

        long paid = admin.post(payments, Map.of("account_id", account, "amount", 50))
                .data()
                .get("id")
                .asLong();
        JsonNode sent = expect("finances_operation", paid, "create").data();
        assertThat(sent.get("amount").decimalValue()).isEqualByComparingTo("50");
        assertThat(sent.get("record_id").asLong()).isEqualTo(id);
        long refund = admin.post(payments, Map.of("account_id", account, "amount", -20))
                .data()
                .get("id")
                .asLong();
        expect("finances_operation", refund, "create");
        assertThat(admin.delete("/locations/" + location + "/payments/" + refund)
                        .status())
                .isEqualTo(200);
        assertThat(expect("finances_operation", refund, "delete")
                        .data()
                        .get("deleted")
                        .asBoolean())
                .isTrue();

        var settled = admin.put(
                "/visits/" + record.get("visit_id").asLong() + "/" + id,
                Map.of(
                        "attendance",
                        1,
                        "comment",
                        "",
                        "services",
                        List.of(Map.of("id", cut, "cost", 80)),
                        "fast_payment",
                        2));
        assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
        hooked.receiver.await(about("record", id, "update"), 1);
        hooked.receiver.await(
                r -> r.resource().equals("finances_operation")
                        && r.data().get("record_id").asLong() == id
                        && r.data().get("amount").decimalValue().compareTo(new java.math.BigDecimal("30")) == 0,
                1);
    }

    @Test
    void clientsCreatedChangedInBulkAndDeleted() {
        var created = admin.post("/clients/" + location, Map.of("name", "Ida", "phone", "+4915110000007"));
        long id = created.data().get("id").asLong();
        expectData("client", id, "create", "/client/" + location + "/" + id);
        admin.put("/client/" + location + "/" + id, Map.of("name", "Ida B", "phone", "+4915110000007"));
        assertThat(expect("client", id, "update").data().get("name").asString()).isEqualTo("Ida B");
        assertThat(admin.delete("/client/" + location + "/" + id).status()).isEqualTo(204);
        JsonNode gone = expect("client", id, "delete").data();
        assertThat(gone.get("id").asLong()).isEqualTo(id);
        assertThat(gone.get("deleted").asBoolean()).isTrue();

        var bulk = admin.post(
                "/clients/" + location + "/bulk",
                List.of(
                        Map.of("name", "Bo", "phone", "+4915110000008"),
                        Map.of("name", "Cy", "phone", "+4915110000009")));
        bulk.data().get("created").forEach(c -> expect("client", c.get("id").asLong(), "create"));
    }

    @Test
    void servicesTheirStaffHoursAndResourcesAndCategories() {
        long category = admin.post("/service_categories/" + location, Map.of("title", "Hair"))
                .data()
                .get("id")
                .asLong();
        expectData("service_category", category, "create", "/company/" + location + "/service_categories/" + category);
        admin.put("/service_category/" + location + "/" + category, Map.of("title", "Hair & beard"));
        assertThat(expect("service_category", category, "update")
                        .data()
                        .get("title")
                        .asString())
                .isEqualTo("Hair & beard");

        long service = admin.post("/services/" + location, Map.of("title", "Beard", "category_id", category))
                .data()
                .get("id")
                .asLong();
        expectData("service", service, "create", "/company/" + location + "/services/" + service);
        var patched = admin.patch("/company/" + location + "/services/" + service, Map.of("title", "Beard trim"));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(expect("service", service, "update").data().get("title").asString())
                .isEqualTo("Beard trim");
        admin.post("/company/" + location + "/services/" + service + "/staff", Map.of("master_id", anna));
        admin.put(
                "/locations/" + location + "/services/" + service + "/hours",
                List.of(Map.of("day_of_week", 1, "from", "09:00", "to", "12:00")));
        admin.put("/locations/" + location + "/services/" + service + "/resources", Map.of("resource_ids", List.of()));
        hooked.receiver.await(about("service", service, "update"), 4);
        assertThat(admin.delete("/services/" + location + "/" + service).status())
                .isEqualTo(204);
        expect("service", service, "delete");
        assertThat(admin.delete("/service_category/" + location + "/" + category)
                        .status())
                .isEqualTo(204);
        expect("service_category", category, "delete");
    }

    @Test
    void teamMembersAndTheirSchedules() {
        long member = admin.post("/staff/" + location, Map.of("name", "Bruno"))
                .data()
                .get("id")
                .asLong();
        expectData("staff", member, "create", "/staff/" + location + "/" + member);
        long quick = admin.post("/company/" + location + "/staff/quick", Map.of("name", "Quick"))
                .data()
                .get("id")
                .asLong();
        expect("staff", quick, "create");
        admin.put("/staff/" + location + "/" + member, Map.of("name", "Bruno B"));
        assertThat(expect("staff", member, "update").data().get("name").asString())
                .isEqualTo("Bruno B");

        var weekly = admin.put(
                "/locations/" + location + "/team_members/" + member + "/weekly_hours",
                List.of(Map.of("day_of_week", 1, "from", "10:00", "to", "14:00")));
        assertThat(weekly.status()).as(weekly.toString()).isEqualTo(200);
        JsonNode schedule = expect("schedule", member, "update").data();
        assertThat(schedule.isEmpty()).isTrue();
        admin.put(
                "/company/" + location + "/staff/schedule",
                Map.of(
                        "schedules_to_set",
                        List.of(Map.of(
                                "staff_id",
                                member,
                                "dates",
                                List.of(day),
                                "slots",
                                List.of(Map.of("from", "12:00", "to", "13:00"))))));
        admin.put(
                "/schedule/" + location + "/" + member,
                List.of(Map.of("date", day.plusDays(1).toString(), "is_working", 0)));
        hooked.receiver.await(about("schedule", member, "update"), 3);

        assertThat(admin.delete("/staff/" + location + "/" + member).status()).isEqualTo(204);
        assertThat(expect("staff", member, "delete").data().get("status").asInt())
                .isEqualTo(1);
    }

    @Test
    void theLocationAndItsOpeningHours() {
        var changed = admin.put("/company/" + location, Map.of("title", "Salon renamed"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(expect("company", location, "update").data().get("title").asString())
                .isEqualTo("Salon renamed");
        var hours = admin.put(
                "/locations/" + location + "/opening_hours",
                Map.of("weekly", List.of(Map.of("day_of_week", 1, "from", "08:00", "to", "20:00"))));
        assertThat(hours.status()).as(hours.toString()).isEqualTo(200);
        hooked.receiver.await(about("company", location, "update"), 2);
        // Later tests of this class book every day again.
        hooked.booking.openEveryDay(location);
    }

    @Test
    void aDeletedLocationTellsItsReceivers() {
        try (Hooked other = new Hooked(port, fixtures)) {
            Api owner = Api.at(port).as(other.tenant.owner());

            assertThat(owner.delete("/company/" + other.location).status()).isEqualTo(204);

            JsonNode gone = other.receiver
                    .awaitOne(about("company", other.location, "delete"))
                    .data();
            assertThat(gone.get("deleted").asBoolean()).isTrue();
        }
    }

    @Test
    void aResourceTurnedOffIsNotSentAndNeitherIsAnythingWhenInactive() {
        try (Hooked other = new Hooked(port, fixtures)) {
            other.configure(Map.of("client", 0));
            long client = other.admin
                    .post("/clients/" + other.location, Map.of("name", "No", "phone", "+4915110000010"))
                    .data()
                    .get("id")
                    .asLong();
            long category = other.admin
                    .post("/service_categories/" + other.location, Map.of("title", "Yes"))
                    .data()
                    .get("id")
                    .asLong();
            other.receiver.awaitOne(about("service_category", category, "create"));
            other.configure(Map.of("active", 0));
            long later = other.admin
                    .post("/service_categories/" + other.location, Map.of("title", "Off"))
                    .data()
                    .get("id")
                    .asLong();
            other.configure(Map.of());
            long marker = other.admin
                    .post("/service_categories/" + other.location, Map.of("title", "On"))
                    .data()
                    .get("id")
                    .asLong();
            other.receiver.awaitOne(about("service_category", marker, "create"));

            assertThat(other.receiver.received(r -> r.resource().equals("client") && r.resourceId() == client))
                    .isEmpty();
            assertThat(other.receiver.received(r -> r.resourceId() == later)).isEmpty();
        }
    }

    private Map<String, Object> record(String time, String phone) {
        return Map.of(
                "staff_id",
                anna,
                "datetime",
                day + " " + time,
                "services",
                List.of(Map.of("id", cut)),
                "client",
                Map.of("phone", phone, "name", "Client " + phone.substring(phone.length() - 2)));
    }

    /** The one webhook about this change, signed with the location's secret. */
    private Receiver.Received expect(String resource, long id, String status) {
        Receiver.Received got = hooked.receiver.awaitOne(about(resource, id, status));
        assertThat(got.signedWith(hooked.secret)).as(got.toString()).isTrue();
        assertThat(got.json().get("company_id").asLong()).isEqualTo(location);
        return got;
    }

    /** The webhook, whose data is what {@code path} answers. */
    private void expectData(String resource, long id, String status, String path) {
        JsonNode shown = admin.get(path).data();
        JsonNode object = shown.isArray() ? shown.get(0) : shown;
        assertThat(expect(resource, id, status).data()).isEqualTo(object);
    }

    static ZoneId berlin() {
        return ZoneId.of("Europe/Berlin");
    }
}
