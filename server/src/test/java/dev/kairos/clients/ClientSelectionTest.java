package dev.kairos.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The search's {@code fields[]}: the id and the asked-for fields in their order, unknown names ignored. */
class ClientSelectionTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private final ClientView maria = ClientView.of(
            new Client(
                    7,
                    1,
                    1,
                    "Maria",
                    "Muster",
                    "",
                    null,
                    null,
                    Client.Sex.FEMALE,
                    0,
                    BigDecimal.ZERO,
                    "",
                    null,
                    "",
                    false,
                    false,
                    new BigDecimal("12.50"),
                    BigDecimal.ZERO,
                    0,
                    null,
                    null,
                    Instant.parse("2026-09-21T10:00:00Z"),
                    List.of()),
            ZoneId.of("Europe/Berlin"));

    @Test
    void onlyTheAskedForFieldsAfterTheId() {
        String json = JSON.writeValueAsString(
                new ClientSelection(maria, List.of("email", "nope", "gender_id", "middle_name", "spent")));

        assertThat(json).isEqualTo("{\"id\":7,\"email\":null,\"gender_id\":2,\"middle_name\":\"\",\"spent\":12.5}");
    }

    @Test
    void everyFieldWhenNoneIsAskedFor() {
        JsonNode all = JSON.valueToTree(new ClientSelection(maria, List.of()));

        assertThat(all).isEqualTo(JSON.valueToTree(maria));
        assertThat(all.get("phone").asString()).isEmpty();
        assertThat(all.get("first_visit_date").isNull()).isTrue();
        assertThat(all.get("last_change_date").asString()).isEqualTo("2026-09-21T12:00:00+0200");
    }
}
