package dev.kairos.availability;

/**
 * The SQL that finds the appointments holding team members' time in a window, written once for
 * the indexes of migration V63: appointments shorter than 24 hours overlap the window only if they
 * start less than 24 hours before it (an index-only btree range scan); longer ones come from their
 * own small GiST index. The two halves never return the same appointment.
 */
public final class HeldTime {

    /** Statuses that hold a team member's, resource's or service's time. */
    public static final String HOLDING = "('requested', 'confirmed', 'arrived', 'completed')";

    // The boundary is 24 hours, not '1 day': subtracting a day from a timestamptz follows the
    // session's time zone, and across a daylight-saving change it would be 23 hours, too short for
    // the long half (whose length test, like its index, counts a day as 24 hours).
    private static final String HALVES = """
            select team_member_id, busy_from, busy_until from appointments
             where %1$s and event_id is null and status in %4$s
               and busy_from > %2$s - interval '24 hours' and busy_from < %3$s and busy_until > %2$s and id <> %5$s
            union all
            select team_member_id, busy_from, busy_until from appointments
             where %1$s and event_id is null and status in %4$s
               and busy_until - busy_from >= interval '1 day' and tstzrange(busy_from, busy_until) && tstzrange(%2$s, %3$s)
               and busy_from <= %2$s - interval '24 hours' and id <> %5$s
            """;

    private HeldTime() {}

    /**
     * Rows {@code (team_member_id, busy_from, busy_until)}: the appointments (not group events)
     * of the members that hold time overlapping {@code from..until}.
     *
     * @param members a condition on {@code team_member_id}, such as {@code team_member_id = any(:ids)}
     * @param from the window's start, a {@code timestamptz} parameter such as {@code :from}
     * @param until the window's end (exclusive)
     * @param exclude a {@code bigint} expression: the id of an appointment that holds nothing (-1 for none)
     */
    public static String appointments(String members, String from, String until, String exclude) {
        return HALVES.formatted(members, from, until, HOLDING, exclude);
    }
}
