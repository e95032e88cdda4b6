package dev.kairos.webhooks;

import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Altegio's webhook configuration, {@code GET/POST /hooks_settings/{cid}} (and the canonical
 * {@code /locations/{cid}/hooks_settings}): the POST replaces the whole configuration. Needs the
 * right to manage the location's settings.
 */
@RestController
@RequestMapping("/api/v1")
class HooksSettingsController {

    private final Webhooks webhooks;
    private final Destinations destinations;

    HooksSettingsController(Webhooks webhooks, Destinations destinations) {
        this.webhooks = webhooks;
        this.destinations = destinations;
    }

    @GetMapping({"/hooks_settings/{cid}", "/locations/{cid}/hooks_settings"})
    Envelope<HooksSettingsView> get(Caller caller, @PathVariable long cid) {
        return Envelope.of(HooksSettingsView.of(webhooks.settings(caller, cid)));
    }

    @PostMapping({"/hooks_settings/{cid}", "/locations/{cid}/hooks_settings"})
    Envelope<HooksSettingsView> replace(
            Caller caller, @PathVariable long cid, @RequestBody(required = false) JsonNode body) {
        webhooks.settings(caller, cid);
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("Send the settings as a JSON object");
        }
        HookSettingsForm.Read read = HookSettingsForm.read(body, destinations);
        if (!read.errors().isEmpty()) {
            throw ApiException.invalid(read.errors());
        }
        return Envelope.of(HooksSettingsView.of(webhooks.replace(caller, cid, read.settings(), read.bearerToken())));
    }
}
