package dev.kairos.notifications;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A location's notification settings ({@code /notification_settings}: language, staff email and
 * phone) and message templates ({@code /notification_templates[/{event}/{audience}/{channel}]},
 * with {@code DELETE} back to the default and {@code POST .../preview}).
 */
@RestController
@RequestMapping("/api/v1/locations/{locationId}")
class SettingsController {

    private final SettingsEditor settings;
    private final TemplateEditor templates;

    SettingsController(SettingsEditor settings, TemplateEditor templates) {
        this.settings = settings;
        this.templates = templates;
    }

    @GetMapping("/notification_settings")
    Envelope<NotificationSettings> settings(Caller caller, @PathVariable long locationId) {
        return Envelope.of(settings.get(caller, locationId));
    }

    @PutMapping("/notification_settings")
    Envelope<NotificationSettings> updateSettings(
            Caller caller, @PathVariable long locationId, @RequestBody NotificationSettings.SettingsBody body) {
        return Envelope.of(settings.update(caller, locationId, body));
    }

    @GetMapping("/notification_templates")
    Envelope<List<TemplateEditor.TemplateView>> templates(Caller caller, @PathVariable long locationId) {
        List<TemplateEditor.TemplateView> all = templates.list(caller, locationId);
        return Envelope.counted(all, all.size());
    }

    @GetMapping("/notification_templates/{event}/{audience}/{channel}")
    Envelope<TemplateEditor.TemplateView> template(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable String event,
            @PathVariable String audience,
            @PathVariable String channel) {
        return Envelope.of(templates.get(caller, locationId, TemplateEditor.Key.of(event, audience, channel)));
    }

    @PutMapping("/notification_templates/{event}/{audience}/{channel}")
    Envelope<TemplateEditor.TemplateView> save(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable String event,
            @PathVariable String audience,
            @PathVariable String channel,
            @RequestBody TemplateEditor.TemplateBody body) {
        return Envelope.of(templates.save(caller, locationId, TemplateEditor.Key.of(event, audience, channel), body));
    }

    @DeleteMapping("/notification_templates/{event}/{audience}/{channel}")
    Envelope<TemplateEditor.TemplateView> reset(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable String event,
            @PathVariable String audience,
            @PathVariable String channel) {
        return Envelope.of(templates.reset(caller, locationId, TemplateEditor.Key.of(event, audience, channel)));
    }

    /** The message a template (the body's, else the current one) writes for a sample appointment. */
    @PostMapping("/notification_templates/{event}/{audience}/{channel}/preview")
    Envelope<TemplateEditor.TemplatePreview> preview(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable String event,
            @PathVariable String audience,
            @PathVariable String channel,
            @RequestBody(required = false) TemplateEditor.TemplateBody body) {
        return Envelope.of(
                templates.preview(caller, locationId, TemplateEditor.Key.of(event, audience, channel), body));
    }
}
