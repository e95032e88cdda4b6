package dev.kairos.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** A service's week entries keep Altegio's two shapes: open from/to, or closed, never both. */
class ServiceViewJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    @Test
    void anOpenDayHasFromAndToAndNoClosedFlag() {
        var open = ServiceView.ServiceDayHours.of(ServiceHours.open(1, LocalTime.of(9, 0), LocalTime.of(12, 30)));

        assertThat(JSON.writeValueAsString(open)).isEqualTo("{\"day_of_week\":1,\"from\":\"09:00\",\"to\":\"12:30\"}");
    }

    @Test
    void aClosedDayHasTheFlagAndNoTimes() {
        var closed = ServiceView.ServiceDayHours.of(ServiceHours.closedOn(7));

        assertThat(JSON.writeValueAsString(closed)).isEqualTo("{\"day_of_week\":7,\"is_closed\":true}");
    }
}
