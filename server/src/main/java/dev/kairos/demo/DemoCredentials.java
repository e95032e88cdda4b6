package dev.kairos.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person needs to try the demo: the owner's login and password, fresh API tokens, and the
 * demo locations.
 *
 * @param locations location ids by title; the first is the Berlin location
 */
public record DemoCredentials(
        String login,
        String password,
        String partnerToken,
        String userToken,
        long locationId,
        Map<String, Long> locations) {

    /** The content of {@code demo-credentials.json}, in a stable key order. */
    Map<String, Object> asJson(String baseUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("login", login);
        json.put("password", password);
        json.put("partner_token", partnerToken);
        json.put("user_token", userToken);
        json.put("location_id", locationId);
        json.put("locations", locations);
        if (baseUrl != null) {
            json.put("base_url", baseUrl);
            json.put("authorization", "Bearer " + partnerToken + ", User " + userToken);
        }
        return json;
    }
}
