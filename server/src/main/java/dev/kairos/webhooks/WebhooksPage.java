package dev.kairos.webhooks;

import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The webhooks settings page ({@code /admin/locations/{id}/webhooks}): the receivers, on or off, the
 * resources to tell of, the shared bearer token, the signing secret's rotation (the new secret is
 * shown once, on the page that rotated it) and the delivery log with redelivery. Needs the right to
 * manage the location's settings.
 */
@Controller
class WebhooksPage {

    private static final int LOG_SIZE = 50;
    private static final Set<String> STATES = Set.of("pending", "delivered", "failed");
    private static final Map<Resource, String> LABELS = Map.of(
            Resource.RECORD, "Appointments",
            Resource.CLIENT, "Clients",
            Resource.SERVICE, "Services",
            Resource.SERVICE_CATEGORY, "Service categories",
            Resource.STAFF, "Team members",
            Resource.COMPANY, "Location settings",
            Resource.SCHEDULE, "Schedules",
            Resource.FINANCES_OPERATION, "Payments");

    private final Webhooks webhooks;
    private final Destinations destinations;
    private final Locations locations;
    private final JsonMapper json;
    private final MessageSource messages;

    WebhooksPage(
            Webhooks webhooks,
            Destinations destinations,
            Locations locations,
            JsonMapper json,
            MessageSource messages) {
        this.webhooks = webhooks;
        this.destinations = destinations;
        this.locations = locations;
        this.json = json;
        this.messages = messages;
    }

    /** A resource's checkbox: its flag (the form field's value), its label, and whether it is on. */
    record Choice(String flag, String label, boolean on) {}

    @GetMapping("/admin/locations/{locationId}/webhooks")
    String page(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(required = false) String state,
            Model model) {
        WebhookSettings.Stored stored = webhooks.settings(user.caller(), locationId);
        show(user, locationId, stored.settings(), stored.hasBearerToken(), state, model);
        return "webhooks/page";
    }

    @PostMapping("/admin/locations/{locationId}/webhooks")
    String save(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(defaultValue = "") String urls,
            @RequestParam(defaultValue = "0") String active,
            @RequestParam(name = "resources", required = false) List<String> resources,
            @RequestParam(name = "bearer_token", defaultValue = "") String bearerToken,
            @RequestParam(name = "clear_bearer", defaultValue = "false") boolean clearBearer,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        WebhookSettings.Stored stored = webhooks.settings(user.caller(), locationId);
        ObjectNode body = json.createObjectNode();
        Arrays.stream(urls.split("\\R"))
                .map(String::strip)
                .filter(u -> !u.isEmpty())
                .forEach(body.putArray("urls")::add);
        body.put("active", "1".equals(active) ? 1 : 0);
        Set<String> on = resources == null ? Set.of() : Set.copyOf(resources);
        Arrays.stream(Resource.values()).forEach(r -> body.put(r.flag(), on.contains(r.flag()) ? 1 : 0));
        if (clearBearer) {
            body.put("bearer_token", "");
        } else if (!bearerToken.isBlank()) {
            body.put("bearer_token", bearerToken);
        }
        HookSettingsForm.Read read = HookSettingsForm.read(body, destinations);
        if (!read.errors().isEmpty()) {
            response.setStatus(422);
            model.addAttribute("errors", Fault.words(read.faults(), messages, LocaleContextHolder.getLocale()));
            model.addAttribute("urlsText", urls);
            show(user, locationId, wanted(body), stored.hasBearerToken(), null, model);
            return "webhooks/page";
        }
        webhooks.replace(user.caller(), locationId, read.settings(), read.bearerToken());
        redirect.addFlashAttribute("notice", "webhooks.notice.saved");
        return "redirect:/admin/locations/" + locationId + "/webhooks";
    }

    @PostMapping("/admin/locations/{locationId}/webhooks/secret")
    String rotate(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        String secret = webhooks.rotateSecret(user.caller(), locationId);
        WebhookSettings.Stored stored = webhooks.settings(user.caller(), locationId);
        model.addAttribute("secret", secret);
        show(user, locationId, stored.settings(), stored.hasBearerToken(), null, model);
        return "webhooks/page";
    }

    @PostMapping("/admin/locations/{locationId}/webhooks/deliveries/{deliveryId}/redeliver")
    String redeliver(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long deliveryId,
            RedirectAttributes redirect) {
        Redelivery outcome = webhooks.redeliver(user.caller(), locationId, deliveryId);
        if (outcome instanceof Redelivery.Queued queued) {
            redirect.addFlashAttribute("notice", "webhooks.notice.redelivered");
            redirect.addFlashAttribute("noticeTitle", deliveryId);
            redirect.addFlashAttribute("noticeOther", queued.delivery().id());
        } else if (outcome instanceof Redelivery.Refused refused) {
            redirect.addFlashAttribute("error", refused.reason().in(messages, LocaleContextHolder.getLocale()));
        } else {
            throw ApiException.notFound("Webhook delivery");
        }
        return "redirect:/admin/locations/" + locationId + "/webhooks";
    }

    private void show(
            SessionUser user, long locationId, HookSettings settings, boolean bearerSet, String state, Model model) {
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        String filter = state != null && STATES.contains(state) ? state : null;
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "webhooks");
        model.addAttribute("zone", location.zone());
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("urlsText")) {
            model.addAttribute("urlsText", String.join("\n", settings.urls()));
        }
        model.addAttribute("bearerSet", bearerSet);
        model.addAttribute(
                "choices",
                Arrays.stream(Resource.values())
                        .map(r -> new Choice(
                                r.flag(), LABELS.get(r), settings.resources().contains(r)))
                        .toList());
        model.addAttribute("state", filter);
        model.addAttribute(
                "deliveries",
                webhooks.deliveries(
                                user.caller(),
                                new WebhookDeliveries.Filter(locationId, filter, null, null, null, null),
                                1,
                                LOG_SIZE)
                        .deliveries());
    }

    /** What the refused form asked for, to show it again as it was sent. */
    private static HookSettings wanted(ObjectNode body) {
        Set<Resource> on = java.util.EnumSet.noneOf(Resource.class);
        Arrays.stream(Resource.values())
                .filter(r -> body.get(r.flag()).asInt() == 1)
                .forEach(on::add);
        return new HookSettings(List.of(), body.get("active").asInt() == 1, on);
    }
}
