package dev.kairos.clients;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /company/{cid}/clients/search}.
 *
 * @param pageSize at most 200, default 25
 * @param filters an array of {@code {type, state}}; {@code {}} and null mean none
 */
record ClientSearchRequest(
        Integer page,
        Integer pageSize,
        List<String> fields,
        String orderBy,
        String orderByDirection,
        String operation,
        JsonNode filters) {}
