package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.KairosIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document names the fields of the directory's answers, in their wire (snake_case)
 * spelling: each answer's {@code data} is a schema of its own, not a bare map.
 */
@KairosIT
class DirectoryApiDocumentIT {

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void setUp() {
        document = Api.openApiDocument(port);
    }

    @Test
    void everyDirectoryAnswerNamesItsFields() {
        assertThat(fields("get", "/api/v1/companies"))
                .contains("id", "public_title", "timezone_name", "allow_delete_record_delay_step", "active");
        assertThat(fields("get", "/api/v1/company/{id}")).contains("group_id", "coordinate_lat", "visit_grouping");
        assertThat(fields("put", "/api/v1/locations/{id}")).contains("currency_short_title");
        assertThat(fields("get", "/api/v1/company/{cid}/staff")).contains("company_id", "location_ids", "avatar_big");
        assertThat(fields("get", "/api/v1/staff/{cid}")).contains("has_access_timetable", "image_group");
        assertThat(fields("get", "/api/v1/staff/{cid}/{id}")).contains("show_rating", "votes_count", "position");
        assertThat(fields("post", "/api/v1/company/{cid}/staff/quick")).contains("company_id", "avatar_big");
        assertThat(fields("put", "/api/v1/locations/{cid}/team_members/{id}")).contains("comments_count");
        assertThat(fields("get", "/api/v1/positions/{cid}")).containsExactly("id", "title", "api_id");
        assertThat(fields("get", "/api/v1/positions/{cid}/{id}")).containsExactly("id", "title", "api_id");
        assertThat(fields("get", "/api/v1/locations/{cid}/opening_hours")).containsExactly("weekly", "special_days");
        assertThat(fields("get", "/api/v1/locations/{cid}/team_members/{tid}/weekly_hours"))
                .containsExactly("day_of_week", "from", "to");
        assertThat(fields("get", "/api/v1/company/{cid}/staff/schedule"))
                .containsExactly("staff_id", "date", "slots", "busy_intervals", "off_day_type");
        assertThat(fields("put", "/api/v1/locations/{cid}/team_members/schedule"))
                .contains("staff_id");
        assertThat(fields("get", "/api/v1/schedule/{cid}/{staffId}/{startDate}/{endDate}"))
                .containsExactly("date", "is_working", "slots");
    }

    @Test
    void theOnlineStaffViewsNameTheirFields() {
        assertThat(fields("get", "/api/v1/book_staff/{locationId}"))
                .contains("id", "name", "show_rating", "bookable", "seance_date", "seances");
    }

    /** The property names of the answer's {@code data}, or of its items when it is a list. */
    private List<String> fields(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        JsonNode success = null;
        for (var response : operation.path("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                success = response.getValue();
                break;
            }
        }
        assertThat(success).as(method + " " + path + " answers with success").isNotNull();
        JsonNode envelope = resolve(success.path("content")
                .properties()
                .iterator()
                .next()
                .getValue()
                .path("schema"));
        JsonNode data = resolve(envelope.path("properties").path("data"));
        if ("array".equals(data.path("type").asString(""))) {
            data = resolve(data.path("items"));
        }
        List<String> names = new ArrayList<>();
        names.addAll(data.path("properties").propertyNames());
        assertThat(names).as(method + " " + path + " names its data's fields").isNotEmpty();
        return names;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        return document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
