package dev.kairos.bench.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts in the database after a run: appointments, and active ones that overlap another of the same team member. */
final class Overlaps {

    /**
     * An appointment overlaps an earlier-starting one of its team member exactly when it starts
     * before the latest end among them; counting those finds any overlap in one ordered pass.
     */
    private static final String OVERLAPPING = """
            select count(*) from (
                select busy_from, max(busy_until) over (partition by team_member_id order by busy_from, id
                                                        rows between unbounded preceding and 1 preceding) as earlier_end
                  from appointments
                 where team_member_id is not null and event_id is null and not overbooked
                   and status in ('requested', 'confirmed', 'arrived', 'completed')) t
             where earlier_end > busy_from
            """;

    /** What the database holds. */
    record Counts(long appointments, long active, long online, long overlapping) {}

    private Overlaps() {}

    static Counts count(Connection db) throws SQLException {
        return new Counts(
                single(db, "select count(*) from appointments"),
                single(
                        db,
                        "select count(*) from appointments where status in ('requested', 'confirmed', 'arrived', 'completed')"),
                single(db, "select count(*) from appointments where source = 'online' and client_name <> ''"),
                single(db, OVERLAPPING));
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
