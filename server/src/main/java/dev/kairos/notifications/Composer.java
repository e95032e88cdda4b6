package dev.kairos.notifications;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a message from its template and the appointment's facts: the subject, the plain-text and
 * HTML bodies (an SMS has only the text), in the location's language.
 */
@Component
class Composer {

    private final TemplateRenderer renderer;
    private final MessageTemplates templates;
    private final Links links;

    Composer(TemplateRenderer renderer, MessageTemplates templates, Links links) {
        this.renderer = renderer;
        this.templates = templates;
        this.links = links;
    }

    /** A written message. */
    record Composed(String subject, String text, String html, MessageVariables.MessageLinks links) {}

    Composed compose(NotificationEvent event, Target target, Channel channel, Facts facts) {
        Audience audience = target.audience();
        MessageTemplate template = templates.of(facts.place().id(), event, audience, channel);
        MessageVariables.MessageLinks messageLinks = links(audience, facts);
        return render(template, MessageVariables.of(event, audience, facts, messageLinks), facts, messageLinks);
    }

    /** The message as {@code template} writes it; for previews of a template not saved yet. */
    Composed render(
            MessageTemplate template,
            Map<String, Object> variables,
            Facts facts,
            MessageVariables.MessageLinks messageLinks) {
        var locale = MessageVariables.locale(facts.place().language());
        return new Composed(
                renderer.text(template.subject(), variables, locale).strip(),
                renderer.text(template.text(), variables, locale).strip(),
                renderer.html(template.html(), variables, locale),
                messageLinks);
    }

    /** The links for a message to this audience: the client's own page and unsubscribe link, or the admin's. */
    MessageVariables.MessageLinks links(Audience audience, Facts facts) {
        Facts.Visit visit = facts.visit();
        if (audience == Audience.STAFF) {
            return new MessageVariables.MessageLinks(
                    null,
                    null,
                    links.admin(
                            facts.place().id(),
                            visit.start().atZone(facts.place().zone()).toLocalDate()));
        }
        return new MessageVariables.MessageLinks(
                links.manage(facts.place().id(), visit.id(), visit.recordHash()),
                visit.clientId() == null ? null : links.unsubscribe(visit.clientId()),
                null);
    }
}
