package dev.kairos.visits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Cash registers: both spellings, soft delete, rights and tenant isolation. */
@KairosIT
class AccountsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api owner;
    Api adminA;
    Api viewerA;
    long a;
    long b;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        owner = Api.at(port).as(tenant.owner());
        adminA = Api.at(port).as(tenant.adminA());
        viewerA = Api.at(port).as(tenant.viewerA());
        a = tenant.locationA();
        b = tenant.locationB();
    }

    @Test
    void accountsAreCreatedListedChangedAndSoftDeleted() {
        var cash = adminA.post("/accounts/" + a, Map.of("title", "Front desk", "type", 1, "comment", "till"));
        assertThat(cash.status()).isEqualTo(201);
        assertThat(cash.data().get("type").asInt()).isEqualTo(1);
        assertThat(cash.data().get("comment").asString()).isEqualTo("till");
        long card = adminA.post("/locations/" + a + "/accounts", Map.of("title", "Card terminal", "type", 2))
                .data()
                .get("id")
                .asLong();

        var legacy = viewerA.get("/accounts/" + a);
        assertThat(legacy.status()).isEqualTo(200);
        assertThat(legacy.meta().get("total_count").asInt()).isEqualTo(2);
        assertThat(legacy.data())
                .extracting(x -> x.get("title").asString())
                .containsExactly("Front desk", "Card terminal");
        assertThat(viewerA.get("/locations/" + a + "/accounts").body()).isEqualTo(legacy.body());

        var renamed = adminA.put("/locations/" + a + "/accounts/" + card, Map.of("title", "Card (Stripe)"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.data().get("title").asString()).isEqualTo("Card (Stripe)");
        assertThat(renamed.data().get("type").asInt())
                .as("an absent type keeps the current one")
                .isEqualTo(2);

        assertThat(adminA.delete("/locations/" + a + "/accounts/" + card).status())
                .isEqualTo(204);
        assertThat(adminA.get("/locations/" + a + "/accounts/" + card).status()).isEqualTo(404);
        assertThat(adminA.get("/accounts/" + a).data())
                .extracting(x -> x.get("id").asLong())
                .doesNotContain(card);
        assertThat(fixtures.db()
                        .sql("select deleted from accounts where id = :id")
                        .param("id", card)
                        .query(Boolean.class)
                        .single())
                .as("the row stays, marked deleted")
                .isTrue();
        assertThat(fixtures.db()
                        .sql("select count(*) from activity_log where entity = 'account' and entity_id = :id")
                        .param("id", card)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void theViewerReadsButMayNotChange() {
        long till = owner.post("/accounts/" + a, Map.of("title", "Till"))
                .data()
                .get("id")
                .asLong();
        assertThat(viewerA.get("/locations/" + a + "/accounts/" + till).status())
                .isEqualTo(200);
        assertThat(viewerA.post("/accounts/" + a, Map.of("title", "Mine")).status())
                .isEqualTo(403);
        assertThat(viewerA.put("/locations/" + a + "/accounts/" + till, Map.of("title", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(viewerA.delete("/locations/" + a + "/accounts/" + till).status())
                .isEqualTo(403);
        assertThat(owner.get("/locations/" + a + "/accounts/" + till)
                        .data()
                        .get("title")
                        .asString())
                .isEqualTo("Till");
    }

    @Test
    void anotherLocationsAccountsStayApart() {
        long bTill = owner.post("/accounts/" + b, Map.of("title", "B till"))
                .data()
                .get("id")
                .asLong();
        owner.post("/accounts/" + a, Map.of("title", "A till"));

        for (var response : new Api.Response[] {
            adminA.get("/accounts/" + b),
            adminA.post("/accounts/" + b, Map.of("title", "x")),
            adminA.get("/locations/" + b + "/accounts/" + bTill),
            adminA.put("/locations/" + b + "/accounts/" + bTill, Map.of("title", "x")),
            adminA.delete("/locations/" + b + "/accounts/" + bTill)
        }) {
            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(response.meta().get("message").asString()).isEqualTo("Access denied.");
        }
        JsonNode aList = owner.get("/accounts/" + a).data();
        assertThat(aList).extracting(x -> x.get("title").asString()).containsExactly("A till");
        assertThat(owner.get("/locations/" + a + "/accounts/" + bTill).status())
                .as("B's account under A's path")
                .isEqualTo(404);
        assertThat(owner.put("/locations/" + a + "/accounts/" + bTill, Map.of("title", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(owner.get("/locations/" + b + "/accounts/" + bTill)
                        .data()
                        .get("title")
                        .asString())
                .isEqualTo("B till");
    }
}
