package dev.kairos.notifications;

/**
 * On {@code event}, tell {@code target} by {@code channel}. A rule without a service is one of the
 * location's defaults; a service's rules for an event replace the location's for that event.
 *
 * @param serviceId the service it is for, or null for the location's default
 * @param offsetMinutes for a reminder, minutes relative to the start (negative: before); for a
 *     completed follow-up, minutes after the end; 0 for the others
 */
public record Rule(
        long id,
        long locationId,
        Long serviceId,
        NotificationEvent event,
        Target target,
        Channel channel,
        int offsetMinutes,
        boolean active) {

    /** The rule as the API shows it. */
    RuleView view() {
        return new RuleView(
                id,
                locationId,
                serviceId,
                event.wireName(),
                target.wireName(),
                channel.wireName(),
                offsetMinutes,
                event.relativeTo(),
                active);
    }

    /**
     * A notification rule on the wire.
     *
     * @param serviceId null for one of the location's defaults
     * @param relativeTo what the offset counts from: {@code start} for reminders, {@code end} for
     *     completed follow-ups, null for events sent when they happen
     */
    public record RuleView(
            long id,
            long locationId,
            Long serviceId,
            String event,
            String target,
            String channel,
            int offsetMinutes,
            String relativeTo,
            boolean active) {}
}
