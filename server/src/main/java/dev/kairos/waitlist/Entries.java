package dev.kairos.waitlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Waitlist entries as rows, and the moves between their statuses. */
@Repository
class Entries {

    private static final String COLUMNS = "select * from waitlist_entries";

    private final JdbcClient db;

    Entries(JdbcClient db) {
        this.db = db;
    }

    long insert(
            long locationId,
            long serviceId,
            Long memberId,
            Entry.Wish wish,
            Entry.Contact contact,
            String source,
            String key,
            Instant at,
            Long by) {
        return db.sql("""
                        insert into waitlist_entries (location_id, service_id, team_member_id, date_from, date_to, time_from,
                               time_to, name, phone, email, source, access_key, created_at, created_by)
                        values (:l, :s, :m, :df, :dt, :tf, :tt, :name, :phone, :email, :source, :key, :at, :by)
                        returning id
                        """)
                .param("l", locationId)
                .param("s", serviceId)
                .param("m", memberId)
                .param("df", wish.dateFrom())
                .param("dt", wish.dateTo())
                .param("tf", wish.timeFrom())
                .param("tt", wish.timeTo())
                .param("name", contact.name())
                .param("phone", contact.phone())
                .param("email", contact.email())
                .param("source", source)
                .param("key", key)
                .param("at", ts(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    Optional<Entry> find(long locationId, long id) {
        return db.sql(COLUMNS + " where id = :id and location_id = :l")
                .param("id", id)
                .param("l", locationId)
                .query(Entries::entry)
                .optional();
    }

    Optional<Entry> lock(long locationId, long id) {
        return db.sql(COLUMNS + " where id = :id and location_id = :l for update")
                .param("id", id)
                .param("l", locationId)
                .query(Entries::entry)
                .optional();
    }

    List<Entry> list(long locationId, List<EntryStatus> statuses) {
        return db.sql(COLUMNS + """
                         where location_id = :l
                           and (cardinality(cast(:statuses as text[])) = 0 or status = any(cast(:statuses as text[])))
                         order by id
                        """)
                .param("l", locationId)
                .param("statuses", statuses.stream().map(EntryStatus::dbName).toArray(String[]::new))
                .query(Entries::entry)
                .list();
    }

    /**
     * The active entries that could take time of this team member on {@code day}, in the order
     * they joined, each locked (entries another offer run holds are skipped).
     */
    List<Entry> candidates(long locationId, long memberId, LocalDate day) {
        return db.sql(COLUMNS + """
                         where location_id = :l and status = 'active'
                           and (team_member_id is null or team_member_id = :m)
                           and date_from <= :day and :day <= date_to
                           and exists (select 1 from service_staff ss where ss.service_id = waitlist_entries.service_id
                                                                      and ss.team_member_id = :m)
                         order by id
                         for update skip locked
                        """)
                .param("l", locationId)
                .param("m", memberId)
                .param("day", day)
                .query(Entries::entry)
                .list();
    }

    void offer(long id, Instant start, long memberId, Instant at, Instant expiresAt) {
        db.sql("""
                        update waitlist_entries set status = 'offered', offer_start = :start, offer_team_member_id = :m,
                               offered_at = :at, offer_expires_at = :expires
                         where id = :id
                        """)
                .param("id", id)
                .param("start", ts(start))
                .param("m", memberId)
                .param("at", ts(at))
                .param("expires", ts(expiresAt))
                .update();
    }

    /** The offered entries whose hold has run out, locked (skipping those being accepted right now). */
    List<Entry> lapsed(Instant now) {
        return db.sql(COLUMNS
                        + " where status = 'offered' and offer_expires_at <= :now order by id for update skip locked")
                .param("now", ts(now))
                .query(Entries::entry)
                .list();
    }

    void expired(long id, Instant at) {
        db.sql("update waitlist_entries set status = 'expired', expired_at = :at where id = :id")
                .param("id", id)
                .param("at", ts(at))
                .update();
    }

    /** Back to waiting: the offered time was taken by someone else before the client accepted. */
    void reactivated(long id) {
        db.sql("""
                        update waitlist_entries set status = 'active', offer_start = null, offer_team_member_id = null,
                               offered_at = null, offer_expires_at = null
                         where id = :id and status = 'offered'
                        """).param("id", id).update();
    }

    /** Ends the hold of the entry's open offer at {@code at}, so that its own booking may take the time. */
    void closeOffer(long id, Instant at) {
        db.sql("update waitlist_entries set offer_expires_at = :at where id = :id and status = 'offered'")
                .param("id", id)
                .param("at", ts(at))
                .update();
    }

    void fulfilled(long id, long appointmentId, Instant at, Long by) {
        db.sql("""
                        update waitlist_entries set status = 'fulfilled', appointment_id = :a, fulfilled_at = :at,
                               fulfilled_by = :by
                         where id = :id
                        """)
                .param("id", id)
                .param("a", appointmentId)
                .param("at", ts(at))
                .param("by", by)
                .update();
    }

    void cancelled(long id, Instant at, Long by) {
        db.sql(
                        "update waitlist_entries set status = 'cancelled', cancelled_at = :at, cancelled_by = :by where id = :id")
                .param("id", id)
                .param("at", ts(at))
                .param("by", by)
                .update();
    }

    /** What a service and a team member are called, for telling the client. */
    record Names(String service, String teamMember) {}

    Names names(long serviceId, long memberId) {
        return db.sql("""
                        select (select title from services where id = :s), (select name from team_members where id = :m)
                        """)
                .param("s", serviceId)
                .param("m", memberId)
                .query((rs, i) -> new Names(rs.getString(1), rs.getString(2)))
                .single();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Instant offerStart = instant(rs, "offer_start");
        return new Entry(
                rs.getLong("id"),
                rs.getLong("location_id"),
                rs.getLong("service_id"),
                (Long) rs.getObject("team_member_id"),
                new Entry.Wish(
                        rs.getObject("date_from", LocalDate.class),
                        rs.getObject("date_to", LocalDate.class),
                        rs.getObject("time_from", LocalTime.class),
                        rs.getObject("time_to", LocalTime.class)),
                new Entry.Contact(rs.getString("name"), rs.getString("phone"), rs.getString("email")),
                rs.getString("source"),
                rs.getString("access_key"),
                EntryStatus.fromDb(rs.getString("status")),
                offerStart == null
                        ? null
                        : new Entry.Offer(
                                offerStart,
                                rs.getLong("offer_team_member_id"),
                                instant(rs, "offered_at"),
                                instant(rs, "offer_expires_at")),
                (Long) rs.getObject("appointment_id"),
                new Entry.Stamps(
                        instant(rs, "created_at"),
                        (Long) rs.getObject("created_by"),
                        instant(rs, "fulfilled_at"),
                        (Long) rs.getObject("fulfilled_by"),
                        instant(rs, "cancelled_at"),
                        (Long) rs.getObject("cancelled_by"),
                        instant(rs, "expired_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
