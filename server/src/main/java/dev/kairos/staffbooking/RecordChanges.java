package dev.kairos.staffbooking;

import dev.kairos.appointments.RecordViews;
import dev.kairos.booking.RecordWire;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PUT /record} as clients use it: the keys a body names replace the appointment's, the keys
 * it leaves out keep their value, so a full body replaces everything and {@code {"comment": "x"}}
 * changes the comment alone. {@code "client": null} unlinks the client; new {@code services}
 * without {@code seance_length} (or {@code technical_break_duration}) take the new services' length
 * (and break).
 */
@Component
class RecordChanges {

    /** The keys of a record body that the appointment itself supplies when a body leaves them out. */
    private static final List<String> KEPT = List.of(
            "staff_id",
            "resource_instance_ids",
            "datetime",
            "seance_length",
            "comment",
            "sms_remain_hours",
            "email_remain_hours",
            "api_id",
            "custom_color",
            "custom_font_color",
            "custom_fields",
            "clients_count");

    private final JsonMapper json;

    RecordChanges(JsonMapper json) {
        this.json = json;
    }

    /**
     * The record body that results from laying {@code changes} over the appointment as it is.
     *
     * @param current the appointment's record, as {@link RecordViews} shows it
     * @param technicalBreakSeconds the break the appointment holds, null when it has none of its own
     * @throws dev.kairos.refusal.Refused 400 when {@code changes} is not a JSON object or a value has
     *     the wrong type, 422 for a value the wire refuses
     */
    RecordWire.Record merge(RecordViews.RecordView current, Integer technicalBreakSeconds, JsonNode changes) {
        if (changes == null || !changes.isObject()) {
            throw dev.kairos.refusal.Refusal.malformed(
                            dev.kairos.refusal.Fault.of("refusal.body-object", "The body must be an object"))
                    .exception();
        }
        ObjectNode merged = base(json.valueToTree(current), technicalBreakSeconds);
        if (changes.has("client") && !changes.has("client_id")) {
            merged.remove("client_id");
        }
        if (changes.has("services")) {
            merged.remove(List.of("seance_length", "technical_break_duration"));
        }
        merged.setAll((ObjectNode) changes);
        return json.treeToValue(merged, RecordWire.Record.class);
    }

    /** The change of a move in the calendar: a new start and team member. */
    JsonNode moveTo(java.time.Instant start, long staffId) {
        return json.createObjectNode().put("datetime", start.getEpochSecond()).put("staff_id", staffId);
    }

    private ObjectNode base(ObjectNode view, Integer technicalBreakSeconds) {
        ObjectNode base = json.createObjectNode();
        KEPT.forEach(key -> base.set(key, view.get(key)));
        if (!base.get("custom_fields").isObject()) {
            base.remove("custom_fields");
        }
        base.set("services", lines(view.get("services")));
        base.set("record_labels", view.get("record_labels"));
        JsonNode client = view.get("client");
        base.put(
                "client_id",
                client == null || client.isNull() ? null : client.get("id").asLong());
        base.put("technical_break_duration", technicalBreakSeconds);
        return base;
    }

    private JsonNode lines(JsonNode services) {
        var lines = json.createArrayNode();
        for (JsonNode line : services) {
            ObjectNode kept = json.createObjectNode();
            for (String key : List.of("id", "first_cost", "discount", "cost", "amount")) {
                kept.set(key, line.get(key));
            }
            lines.add(kept);
        }
        return lines;
    }
}
