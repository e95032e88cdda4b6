package dev.kairos.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The online-booking views write the fields Altegio's clients expect, and leave out the same ones. */
class AvailabilityViewsJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    @Test
    void seanceLengthIsWrittenOnlyForOneTeamMember() {
        JsonNode anyone = JSON.valueToTree(service(null));
        JsonNode one = JSON.valueToTree(service(2700));

        assertThat(anyone.has("seance_length")).isFalse();
        assertThat(one.get("seance_length").asInt()).isEqualTo(2700);
        assertThat(anyone.get("price_min").isNull()).isTrue();
        assertThat(anyone.get("customer_must_select_staff").asBoolean()).isFalse();
    }

    @Test
    void aWalkInOnlyDefinitionHasItsOwnShortShape() {
        assertThat(JSON.writeValueAsString(new DaySlots.WalkInOnly("2026-09-21")))
                .isEqualTo("{\"date\":\"2026-09-21\",\"booking_type\":\"walk_in_only\",\"slots\":[]}");
    }

    @Test
    void theDefinitionHeaderIsFlatAndAnyoneIsANullStaff() {
        var header = new DefinitionHeader("Europe/Berlin", 5, 1, true, false, false, null);
        JsonNode open = JSON.valueToTree(new DaySlots.Open(header, "2026-09-21", List.of(), List.of()));

        assertThat(open.get("appointment_definition_id").asLong()).isEqualTo(5);
        assertThat(open.get("staff").isNull()).isTrue();
        assertThat(open.has("header")).isFalse();
        assertThat(open.get("slot_details").isArray()).isTrue();
    }

    private static BookService service(Integer seanceLength) {
        return new BookService(
                1,
                "Cut",
                0,
                null,
                null,
                BigDecimal.ZERO,
                "",
                0,
                1,
                0,
                "",
                "forbidden",
                seanceLength,
                3600,
                "instant",
                true,
                false);
    }
}
