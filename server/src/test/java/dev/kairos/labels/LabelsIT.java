package dev.kairos.labels;

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

/**
 * Appointment categories and client tags are made, renamed, recoloured and deleted through the
 * API, by those with the right to, at their own location only; bad input changes nothing.
 */
@KairosIT
class LabelsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api owner;
    String categories;
    String tags;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        owner = Api.at(port).as(tenant.owner());
        categories = "/locations/" + tenant.locationA() + "/appointment_categories";
        tags = "/locations/" + tenant.locationA() + "/client_tags";
    }

    @Test
    void anAppointmentCategoryIsCreatedChangedAndListedByTitle() {
        Api.Response made = owner.post(categories, Map.of("title", "  Regular  "));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.data().get("title").asText()).isEqualTo("Regular");
        assertThat(made.data().get("color").asText()).isEqualTo("#009800");
        assertThat(made.data().get("font_color").asText()).isEqualTo("#ffffff");
        assertThat(made.data().get("used").asLong()).isZero();
        owner.post(categories, Map.of("title", "allergy check", "color", "#AA0000", "font_color", "#000000"));

        long id = made.data().get("id").asLong();
        Api.Response changed = owner.put(categories + "/" + id, Map.of("color", "#123456"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
        assertThat(changed.json().toString()).contains("title");
        changed = owner.put(categories + "/" + id, Map.of("title", "First visit", "color", "#123456"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data().get("color").asText()).isEqualTo("#123456");
        assertThat(changed.data().get("font_color").asText()).as("kept").isEqualTo("#ffffff");

        Api.Response all = owner.get(categories);
        assertThat(all.meta().get("total_count").asInt()).isEqualTo(2);
        assertThat(all.data().findValuesAsString("title")).containsExactly("allergy check", "First visit");
        assertThat(activity("appointment_category", id)).containsExactly("created", "updated");
    }

    @Test
    void deletingAClientTagTakesItOffItsClientsAndHidesIt() {
        Api.Response vip = owner.post(tags, Map.of("title", "VIP", "color", "#aa00aa"));
        assertThat(vip.status()).as(vip.toString()).isEqualTo(201);
        assertThat(vip.data().has("font_color"))
                .as("client tags have no text colour")
                .isFalse();
        long tag = vip.data().get("id").asLong();
        long client = fixtures.db()
                .sql("insert into clients (chain_id, location_id, name) values (:c, :l, 'Ida') returning id")
                .param("c", tenant.chainId())
                .param("l", tenant.locationA())
                .query(Long.class)
                .single();
        fixtures.db()
                .sql("insert into client_category_links (client_id, category_id) values (:c, :t)")
                .param("c", client)
                .param("t", tag)
                .update();
        assertThat(owner.get(tags).data().get(0).get("used").asLong()).isEqualTo(1);

        Api.Response deleted = owner.delete(tags + "/" + tag);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.data().get("title").asText()).isEqualTo("VIP");
        assertThat(owner.get(tags).meta().get("total_count").asInt()).isZero();
        assertThat(fixtures.count("client_category_links where category_id = " + tag))
                .isZero();
        assertThat(owner.delete(tags + "/" + tag).status()).as("deleted once").isEqualTo(404);
        assertThat(activity("client_tag", tag)).containsExactly("created", "deleted");
    }

    @Test
    void badInputIsRefusedInTheEnvelopeAndChangesNothing() {
        long id =
                owner.post(categories, Map.of("title", "Kept")).data().get("id").asLong();

        assertRefused(owner.post(categories, "{\"title\": \"half"), 400);
        assertRefused(owner.post(categories, Map.of()), 422);
        assertRefused(owner.post(categories, Map.of("title", "x".repeat(201))), 422);
        assertRefused(owner.post(categories, Map.of("title", "Red", "color", "red")), 422);
        assertRefused(owner.post(categories, Map.of("title", java.util.List.of("a", "b"))), 400);
        assertRefused(owner.put(categories + "/" + id, Map.of("title", "")), 422);
        assertRefused(owner.put(categories + "/999999999", Map.of("title", "Nobody's")), 404);
        assertRefused(owner.put(categories + "/abc", Map.of("title", "Not an id")), 400);
        assertRefused(owner.put(tags + "/" + id, Map.of("title", "A category is not a tag")), 404);

        Api.Response all = owner.get(categories);
        assertThat(all.data().findValuesAsString("title")).containsExactly("Kept");
    }

    @Test
    void anotherChainsLabelsAndLocationsAreOutOfReach() {
        Tenant other = fixtures.tenant();
        Api theirs = Api.at(port).as(other.owner());
        long their = theirs.post("/locations/" + other.locationA() + "/client_tags", Map.of("title", "Theirs"))
                .data()
                .get("id")
                .asLong();

        assertRefused(owner.put(tags + "/" + their, Map.of("title", "Mine now")), 404);
        assertRefused(owner.delete(tags + "/" + their), 404);
        assertRefused(owner.get("/locations/" + other.locationA() + "/client_tags"), 403);
        assertRefused(owner.post("/locations/" + other.locationA() + "/client_tags", Map.of("title", "In")), 403);
        assertThat(theirs.get("/locations/" + other.locationA() + "/client_tags")
                        .data()
                        .findValuesAsString("title"))
                .containsExactly("Theirs");
    }

    @Test
    void seeingLabelsAndManagingThemAreSeparateRights() {
        Api viewer = Api.at(port).as(tenant.viewerA());
        owner.post(tags, Map.of("title", "VIP"));
        assertThat(viewer.get(tags).status()).isEqualTo(200);
        assertThat(viewer.get(categories).status()).isEqualTo(200);
        assertRefused(viewer.post(tags, Map.of("title", "Mine")), 403);
        assertRefused(viewer.post(categories, Map.of("title", "Mine")), 403);
        assertRefused(Api.at(port).as(tenant.adminA()).get("/locations/" + tenant.locationB() + "/client_tags"), 403);
        assertThat(owner.get(tags).meta().get("total_count").asInt()).isEqualTo(1);
    }

    private java.util.List<String> activity(String entity, long id) {
        return fixtures.db()
                .sql("select action from activity_log where entity = :e and entity_id = :id order by id")
                .param("e", entity)
                .param("id", id)
                .query(String.class)
                .list();
    }

    private static void assertRefused(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("success").asBoolean())
                .as(response.toString())
                .isFalse();
    }
}
