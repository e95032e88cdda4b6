package dev.kairos.clients;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the search's {@code filters} into criteria: {@code quick_search}, {@code id} and
 * {@code sold_amount}. Filters of other types are ignored; a known filter of the wrong shape is a
 * 400, as in Altegio.
 */
final class SearchFilters {

    private SearchFilters() {}

    static void apply(JsonNode filters, ClientCriteria criteria) {
        if (filters == null || filters.isNull() || (filters.isObject() && filters.isEmpty())) {
            return;
        }
        if (!filters.isArray()) {
            throw bad("'filters' must be an array of {type, state}");
        }
        for (JsonNode filter : filters) {
            if (!filter.isObject() || !filter.path("type").isString()) {
                throw bad("each filter must be an object with a string 'type'");
            }
            JsonNode state = filter.path("state");
            switch (filter.get("type").asString()) {
                case "quick_search" -> criteria.quickSearch(text(state.path("value")));
                case "id" -> criteria.ids(ids(state.path("value")));
                case "sold_amount" -> criteria.spent(amount(state, "from"), amount(state, "to"));
                default -> {
                    // Altegio has more filter types (record, visits, ...); unknown ones select everything
                }
            }
        }
    }

    private static String text(JsonNode value) {
        if (!(value.isString() || value.isNumber())) {
            throw bad("quick_search needs state.value as a string");
        }
        return value.asString();
    }

    private static List<Long> ids(JsonNode value) {
        if (value.isIntegralNumber()) {
            return List.of(value.asLong());
        }
        if (!value.isArray()) {
            throw bad("id needs state.value as an array of ids");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : value) {
            if (!id.isIntegralNumber() && !(id.isString() && id.asString().matches("\\d{1,18}"))) {
                throw bad("id needs state.value as an array of ids");
            }
            ids.add(id.asLong());
        }
        return ids;
    }

    private static BigDecimal amount(JsonNode state, String side) {
        if (!state.isObject()) {
            throw bad("sold_amount needs state {from, to}");
        }
        JsonNode value = state.path(side);
        if (value.isMissingNode()
                || value.isNull()
                || (value.isString() && value.asString().isBlank())) {
            return null;
        }
        try {
            return value.isNumber()
                    ? value.decimalValue()
                    : new BigDecimal(value.asString().strip());
        } catch (NumberFormatException e) {
            throw bad("sold_amount." + side + " must be a number");
        }
    }

    private static Refused bad(String message) {
        return Refusal.malformed(Fault.of("refusal.bad-filter", "Bad filter: " + message, message))
                .exception();
    }
}
