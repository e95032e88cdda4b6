package dev.kairos.notifications;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import dev.kairos.refusal.Validation;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * A location's message templates, for the API and the settings page: each event, audience and
 * channel has the default until the location saves its own. A template is saved only if it renders
 * (tried on a sample appointment), and can be previewed before. Reading needs {@code VIEW_RECORDS},
 * changing {@code MANAGE_SETTINGS}.
 */
@Service
public class TemplateEditor {

    private final MessageTemplates templates;
    private final Composer composer;
    private final Links links;
    private final Locations locations;
    private final Access access;
    private final ActivityLog activity;
    private final Clock clock;

    TemplateEditor(
            MessageTemplates templates,
            Composer composer,
            Links links,
            Locations locations,
            Access access,
            ActivityLog activity,
            Clock clock) {
        this.templates = templates;
        this.composer = composer;
        this.links = links;
        this.locations = locations;
        this.access = access;
        this.activity = activity;
        this.clock = clock;
    }

    /** Which message a template writes. */
    public record Key(NotificationEvent event, Audience audience, Channel channel) {

        /** @throws Refused 404 when a part names no event, audience or channel */
        static Key of(String event, String audience, String channel) {
            return new Key(
                    NotificationEvent.of(event)
                            .orElseThrow(() -> Refusal.notFound("Template").exception()),
                    Audience.of(audience)
                            .orElseThrow(() -> Refusal.notFound("Template").exception()),
                    Channel.of(channel)
                            .orElseThrow(() -> Refusal.notFound("Template").exception()));
        }
    }

    /** A template on the wire; {@code customised} is false while the default applies. An SMS has only {@code text}. */
    public record TemplateView(
            String event,
            String audience,
            String channel,
            boolean customised,
            String subject,
            String text,
            String html) {}

    /** A template as clients send it; for an SMS only {@code text}. */
    record TemplateBody(String subject, String text, String html) {}

    /** What a template writes for a sample appointment at the location. */
    public record TemplatePreview(String subject, String text, String html) {}

    @Transactional(readOnly = true)
    public List<TemplateView> list(Caller caller, long locationId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        List<String> own = templates.customised(locationId);
        List<TemplateView> views = new ArrayList<>();
        for (NotificationEvent event : NotificationEvent.values()) {
            for (Audience audience : Audience.values()) {
                for (Channel channel : Channel.values()) {
                    Key key = new Key(event, audience, channel);
                    views.add(view(key, templates.of(locationId, event, audience, channel), own.contains(path(key))));
                }
            }
        }
        return views;
    }

    @Transactional(readOnly = true)
    public TemplateView get(Caller caller, long locationId, Key key) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return current(locationId, key);
    }

    /** @throws Refused 422 when a part is too long or the template does not render */
    @Transactional
    public TemplateView save(Caller caller, long locationId, Key key, TemplateBody body) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        MessageTemplate template = validated(key, body);
        render(location(locationId), key, template);
        templates.save(locationId, key.event(), key.audience(), key.channel(), template);
        activity.record(locationId, caller, "updated", "notification_template", null, Map.of("template", path(key)));
        return current(locationId, key);
    }

    @Transactional
    public TemplateView reset(Caller caller, long locationId, Key key) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        templates.reset(locationId, key.event(), key.audience(), key.channel());
        activity.record(locationId, caller, "reset", "notification_template", null, Map.of("template", path(key)));
        return current(locationId, key);
    }

    /** The message {@code body} (or, when null, the current template) writes for a sample appointment. */
    @Transactional(readOnly = true)
    public TemplatePreview preview(Caller caller, long locationId, Key key, TemplateBody body) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        MessageTemplate template = body == null
                ? templates.of(locationId, key.event(), key.audience(), key.channel())
                : validated(key, body);
        Composer.Composed written = render(location(locationId), key, template);
        return new TemplatePreview(written.subject(), written.text(), written.html());
    }

    private Composer.Composed render(Location location, Key key, MessageTemplate template) {
        Facts sample = sample(location);
        MessageVariables.MessageLinks sampleLinks = key.audience() == Audience.CLIENT
                ? new MessageVariables.MessageLinks(
                        links.base() + "/book/" + location.id() + "/appointments/0/sample",
                        links.base() + "/unsubscribe/sample",
                        null)
                : new MessageVariables.MessageLinks(null, null, links.base() + "/admin/locations/" + location.id());
        try {
            return composer.render(
                    template,
                    MessageVariables.of(key.event(), key.audience(), sample, sampleLinks),
                    sample,
                    sampleLinks);
        } catch (TemplateProcessingException e) {
            throw Refusal.invalid(
                            "template",
                            Fault.of(
                                    "fault.template.does-not-render",
                                    "does not render: " + e.getMessage(),
                                    String.valueOf(e.getMessage())))
                    .exception();
        }
    }

    /** A made-up appointment tomorrow at 10:00 at the location, for previews. */
    private Facts sample(Location location) {
        var day = clock.instant().atZone(location.zone()).toLocalDate().plusDays(1);
        var start = day.atTime(LocalTime.of(10, 0)).atZone(location.zone()).toInstant();
        return new Facts(
                new Facts.Visit(0, "confirmed", start, start.plusSeconds(3600), 0, "sample", "Haircut", null),
                new Facts.Place(
                        location.id(),
                        location.chainId(),
                        location.title(),
                        location.address(),
                        location.phone(),
                        location.zone(),
                        location.language(),
                        "",
                        ""),
                new Facts.Person("Jane Doe", "jane@example.com", "+4915112345678"),
                new Facts.Person("Anna", "", ""),
                false);
    }

    private TemplateView current(long locationId, Key key) {
        var own = templates.stored(locationId, key.event(), key.audience(), key.channel());
        return view(key, own.orElse(MessageTemplates.defaults(key.channel())), own.isPresent());
    }

    private static TemplateView view(Key key, MessageTemplate t, boolean customised) {
        boolean email = key.channel() == Channel.EMAIL;
        return new TemplateView(
                key.event().wireName(),
                key.audience().wireName(),
                key.channel().wireName(),
                customised,
                email ? t.subject() : null,
                t.text(),
                email ? t.html() : null);
    }

    private static MessageTemplate validated(Key key, TemplateBody body) {
        if (body == null) {
            throw Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required"))
                    .exception();
        }
        boolean email = key.channel() == Channel.EMAIL;
        String subject = email && body.subject() != null ? body.subject() : "";
        String text = body.text() == null ? "" : body.text();
        String html = email && body.html() != null ? body.html() : "";
        new Validation()
                .check(!email || !subject.isBlank(), "subject", "is required")
                .check(!text.isBlank(), "text", "is required")
                .check(subject.length() <= MessageTemplate.MAX_SUBJECT, "subject", "is too long")
                .check(text.length() <= MessageTemplate.MAX_TEXT, "text", "is too long")
                .check(html.length() <= MessageTemplate.MAX_HTML, "html", "is too long")
                .orThrow();
        return new MessageTemplate(subject, text, html);
    }

    private Location location(long id) {
        return locations.find(id).orElseThrow(() -> Refusal.notFound("Location").exception());
    }

    static String path(Key key) {
        return key.event().wireName() + "/" + key.audience().wireName() + "/"
                + key.channel().wireName();
    }
}
