package dev.kairos.availability;

/**
 * The SQL that finds the appointments holding team members' time in a window, written once for
 * the indexes of migration V63: appointments shorter than 24 hours overlap the window only if they
 * start less than 24 hours before it (an index-only btree range scan); longer ones come from their
 * own small GiST index. The two halves never return the same appointment. Which statuses hold time
 * is the database function {@code holds_time} (migration V105), inlined by the planner so that the
 * partial indexes still apply.
 */
public final class HeldTime {

    /**
     * Rows {@code (team_member_id, busy_from, busy_until)}: the appointments (not group events) of
     * the team members {@code :members} ({@code bigint[]}) that hold time overlapping
     * {@code :from..:until} (timestamptz, end exclusive), except appointment {@code :exclude}
     * ({@code bigint}, -1 for none). A constant, so that callers can embed it in fixed SQL.
     */
    // The boundary is 24 hours, not '1 day': subtracting a day from a timestamptz follows the
    // session's time zone, and across a daylight-saving change it would be 23 hours, too short for
    // the long half (whose length test, like its index, counts a day as 24 hours).
    public static final String APPOINTMENTS = """
            select team_member_id, busy_from, busy_until from appointments
             where team_member_id = any(:members) and event_id is null and holds_time(status)
               and busy_from > :from - interval '24 hours' and busy_from < :until and busy_until > :from
               and id <> :exclude
            union all
            select team_member_id, busy_from, busy_until from appointments
             where team_member_id = any(:members) and event_id is null and holds_time(status)
               and busy_until - busy_from >= interval '1 day' and tstzrange(busy_from, busy_until) && tstzrange(:from, :until)
               and busy_from <= :from - interval '24 hours' and id <> :exclude
            """;

    /**
     * {@link #APPOINTMENTS} for the one team member {@code :member} ({@code bigint}). PostgreSQL's
     * generic plan for {@code = any(:members)} counts on an array of ten members and so never wins
     * over a plan made for the bound values, which made every execution plan the query afresh (up to
     * a millisecond of a booking's database time); with one bound member the generic plan costs what
     * the custom one does, uses the same indexes, and is kept.
     */
    public static final String ONE_MEMBER =
            APPOINTMENTS.replace("team_member_id = any(:members)", "team_member_id = :member");

    /**
     * Rows {@code (team_member_id, from, until)}: the waitlist offers still open at {@code :now}
     * (timestamptz) that hold time of the team members {@code :members} overlapping
     * {@code :from..:until}, each as long as its service takes with that member. An offer holds its
     * time from other clients until it is accepted, declined or runs out; the accepting booking
     * closes its own offer first, in its transaction.
     */
    public static final String OFFERS = """
            select w.offer_team_member_id, w.offer_start,
                   w.offer_start + make_interval(secs => coalesce(l.duration_seconds, s.duration_seconds))
              from waitlist_entries w
              join services s on s.id = w.service_id
              left join service_staff l on l.service_id = w.service_id and l.team_member_id = w.offer_team_member_id
             where w.offer_team_member_id = any(:members) and w.status = 'offered' and w.offer_expires_at > :now
               and w.offer_start < :until
               and w.offer_start + make_interval(secs => coalesce(l.duration_seconds, s.duration_seconds)) > :from
            """;

    private HeldTime() {}
}
