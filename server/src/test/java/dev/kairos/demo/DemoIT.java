package dev.kairos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server started with {@code --demo}: the demo chain is seeded once and its credentials work. */
@KairosIT
@TestPropertySource(properties = "demo=true")
class DemoIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoMode demo;

    @Autowired
    DemoCredentialsFile file;

    JdbcClient db;
    JsonNode credentials;
    long chain;
    List<Long> locations;

    @BeforeEach
    void readCredentials() throws Exception {
        db = fixtures.db();
        credentials = JSON.readTree(Files.readString(file.path()));
        chain = db.sql("select chain_id from users where login = :login")
                .param("login", DemoData.OWNER_LOGIN)
                .query(Long.class)
                .single();
        locations = db.sql("select id from locations where chain_id = :chain order by id")
                .param("chain", chain)
                .query(Long.class)
                .list();
    }

    @Test
    void theCredentialsFileHoldsTheFiveKeysAndTheBerlinLocation() {
        for (String key : List.of("login", "password", "partner_token", "user_token", "location_id")) {
            assertThat(credentials.has(key)).as(key).isTrue();
            assertThat(credentials.get(key).asString()).as(key).isNotBlank();
        }
        long berlin = credentials.get("location_id").asLong();
        assertThat(db.sql("select title from locations where id = :id")
                        .param("id", berlin)
                        .query(String.class)
                        .single())
                .isEqualTo("Kairos Demo Berlin");
        assertThat(credentials.get("login").asString()).isEqualTo(DemoData.OWNER_LOGIN);
    }

    @Test
    void thePrintedTokensAndPasswordOpenTheDemoLocations() {
        Api api = Api.at(port).withAuthorization(authorization(credentials));
        for (long location : locations) {
            var company = api.get("/company/" + location);
            assertThat(company.status()).as(company.toString()).isEqualTo(200);
            assertThat(company.data().get("title").asString()).startsWith("Kairos Demo ");
        }
        var staff = api.get("/company/" + locations.get(0) + "/staff");
        assertThat(staff.status()).as(staff.toString()).isEqualTo(200);
        assertThat(staff.body()).contains("Anna Schmidt", "Sophie Becker");
        var signIn = Api.at(port)
                .withAuthorization("Bearer " + credentials.get("partner_token").asString())
                .post(
                        "/auth",
                        Map.of(
                                "login",
                                credentials.get("login").asString(),
                                "password",
                                credentials.get("password").asString()));
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(201);
    }

    @Test
    void theDemoCalendarHasVisitsAndPaidAppointments() {
        Api api = Api.at(port).withAuthorization(authorization(credentials));
        var paid =
                api.get("/records/" + locations.get(0) + "?paid=full&filter[status]=completed&services=with&count=300");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.meta().get("total_count").asLong()).isPositive();
        paid.data().forEach(r -> {
            assertThat(r.get("paid_full").asInt()).isEqualTo(1);
            assertThat(r.get("visit_id").asLong()).isPositive();
        });
        var deleted = api.get("/records/" + locations.get(0) + "?deleted=only");
        assertThat(deleted.meta().get("total_count").asLong()).isPositive();
    }

    @Test
    void thePartnerTokenIsLimitedToTheDemoChain() {
        long elsewhere = fixtures.tenant().locationA();
        var response = Api.at(port)
                .withAuthorization("Bearer " + credentials.get("partner_token").asString())
                .get("/company/" + elsewhere);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("success").asBoolean()).isFalse();
    }

    @Test
    void aSecondStartSeedsNothingAndIssuesFreshWorkingTokens() throws Exception {
        Map<String, Long> before = DemoCounts.of(db, chain);

        DemoCredentials again = demo.start();

        assertThat(DemoCounts.of(db, chain)).isEqualTo(before);
        assertThat(db.sql("select count(*) from chains where title = 'Kairos Demo'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(again.partnerToken())
                .isNotEqualTo(credentials.get("partner_token").asString());
        assertThat(again.userToken()).isNotEqualTo(credentials.get("user_token").asString());
        assertThat(again.password()).isEqualTo(credentials.get("password").asString());
        JsonNode rewritten = JSON.readTree(Files.readString(file.path()));
        assertThat(rewritten.get("user_token").asString()).isEqualTo(again.userToken());
        var company = Api.at(port).withAuthorization(authorization(rewritten)).get("/company/" + again.locationId());
        assertThat(company.status()).isEqualTo(200);
    }

    @Test
    void theDemoHoldsTwoLocationsInTheirZonesWithTeamsCatalogAndClients() {
        assertThat(db.sql(
                                "select title || ' ' || time_zone || ' ' || default_region from locations where chain_id = :chain order by id")
                        .param("chain", chain)
                        .query(String.class)
                        .list())
                .containsExactly("Kairos Demo Berlin Europe/Berlin DE", "Kairos Demo Sydney Australia/Sydney AU");
        Map<String, Long> counts = DemoCounts.of(db, chain);
        assertThat(counts)
                .containsEntry("team_members", 12L)
                .containsEntry("hidden_team_members", 2L)
                .containsEntry("days_off", 2L)
                .containsEntry("closed_days", 2L)
                .containsEntry("resource_instances", 6L)
                .containsEntry("clients", 80L)
                .containsEntry("capacity_services", 2L)
                .containsEntry("services_needing_room", 4L);
        assertThat(counts.get("services_with_own_staff_durations")).isPositive();
        assertThat(db.sql("""
                        select distinct booking_type from services s join locations l on l.id = s.location_id where l.chain_id = :chain
                        """).param("chain", chain).query(String.class).set())
                .containsExactlyInAnyOrder("instant", "approval_required", "walk_in_only");
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        db.sql(
                        "select c.phone, l.default_region from clients c join locations l on l.id = c.location_id where c.chain_id = :chain")
                .param("chain", chain)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .forEach(p -> assertThat(isValid(phones, p[0], p[1]))
                        .as(p[0] + " in " + p[1])
                        .isTrue());
    }

    @Test
    void appointmentsFallInWorkingHoursNeverOverlapAndHaveARealisticMix() {
        Map<String, Long> counts = DemoCounts.of(db, chain);
        assertThat(counts.get("appointments")).isBetween(300L, 1500L);
        assertThat(counts.get("appointment_services")).isEqualTo(counts.get("appointments"));
        assertThat(counts)
                .containsEntry("outside_working_hours", 0L)
                .containsEntry("on_days_off_or_closed", 0L)
                .containsEntry("overlapping_pairs", 0L)
                .containsEntry("overfull_capacity_slots", 0L)
                .containsEntry("overlapping_resource_pairs", 0L);
        assertThat(DemoCounts.statuses(db, chain, true))
                .containsKeys("completed", "no_show", "cancelled")
                .doesNotContainKeys("confirmed", "requested");
        assertThat(DemoCounts.statuses(db, chain, false))
                .containsKeys("confirmed", "requested")
                .doesNotContainKeys("completed", "no_show");
        assertThat(db.sql("""
                        select count(*) from appointments a join locations l on l.id = a.location_id
                         where l.chain_id = :chain and (length(a.record_hash) <> 32 or a.client_id is null)
                        """).param("chain", chain).query(Long.class).single()).isZero();
    }

    @Test
    void onlineAppointmentsComeFromOnlineSoTheExportAndThePagesAgree() {
        Map<String, Object> sources = db.sql("""
                        select count(*) filter (where a.online) as online,
                               count(*) filter (where a.online and a.source <> 'online') as online_not_online,
                               count(*) filter (where not a.online and a.source = 'online') as offline_online
                          from appointments a join locations l on l.id = a.location_id
                         where l.chain_id = :chain
                        """).param("chain", chain).query().singleRow();
        assertThat((Long) sources.get("online")).isPositive();
        assertThat(sources).containsEntry("online_not_online", 0L).containsEntry("offline_online", 0L);
        var api = Api.at(port).withAuthorization(authorization(credentials));
        JsonNode online = api.get("/records/" + locations.get(0) + "?source=online&with_deleted=1&count=300")
                .data();
        assertThat(online)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("source").asString()).isEqualTo("online"));
    }

    private static boolean isValid(PhoneNumberUtil phones, String phone, String region) {
        try {
            return phones.isValidNumberForRegion(phones.parse(phone, region), region);
        } catch (Exception e) {
            return false;
        }
    }

    private static String authorization(JsonNode credentials) {
        return "Bearer " + credentials.get("partner_token").asString() + ", User "
                + credentials.get("user_token").asString();
    }
}
