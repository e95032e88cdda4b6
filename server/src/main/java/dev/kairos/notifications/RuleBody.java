package dev.kairos.notifications;

import dev.kairos.refusal.Validation;

/**
 * A rule as clients send it; on update, absent fields keep their value.
 *
 * @param offsetMinutes for {@code reminder}, minutes relative to the start and negative (-1440 is
 *     24 hours before); for {@code completed}, minutes after the end (0 or more); absent or 0 otherwise
 */
record RuleBody(String event, String target, String channel, Integer offsetMinutes, Boolean active) {

    /** The most minutes an offset may reach either way: 30 days. */
    static final int MAX_OFFSET = 43_200;

    /** The rule as this body changes {@code current} (null for a new rule); 422 naming every bad field. */
    Rule over(Rule current, long locationId, Long serviceId) {
        Validation v = new Validation();
        NotificationEvent e =
                pick(event, "event", NotificationEvent.class, current == null ? null : current.event(), v);
        Target t = pick(target, "target", Target.class, current == null ? null : current.target(), v);
        Channel c = pick(channel, "channel", Channel.class, current == null ? null : current.channel(), v);
        int offset = offsetMinutes != null
                ? offsetMinutes
                : current != null && current.event() == e ? current.offsetMinutes() : 0;
        if (e != null) {
            checkOffset(e, offset, v);
        }
        v.orThrow();
        boolean on = active != null ? active : current == null || current.active();
        return new Rule(current == null ? 0 : current.id(), locationId, serviceId, e, t, c, offset, on);
    }

    private static void checkOffset(NotificationEvent event, int offset, Validation v) {
        switch (event) {
            case REMINDER ->
                v.check(
                        offset < 0 && offset >= -MAX_OFFSET,
                        "offset_minutes",
                        "a reminder goes before the start: minutes from -1 to -" + MAX_OFFSET
                                + " (-1440 is 24 hours before)");
            case COMPLETED ->
                v.check(
                        offset >= 0 && offset <= MAX_OFFSET,
                        "offset_minutes",
                        "a follow-up goes after the end: minutes from 0 to " + MAX_OFFSET);
            default -> v.check(offset == 0, "offset_minutes", "only reminder and completed rules have an offset");
        }
    }

    private static <E extends Enum<E>> E pick(String given, String field, Class<E> type, E current, Validation v) {
        if (given == null) {
            v.check(current != null, field, "is required");
            return current;
        }
        E value = WireNames.parse(type, given).orElse(null);
        v.check(value != null, field, "must be one of " + names(type));
        return value;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(
                ", ",
                java.util.Arrays.stream(type.getEnumConstants())
                        .map(WireNames::of)
                        .toList());
    }
}
