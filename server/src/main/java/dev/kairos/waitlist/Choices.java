package dev.kairos.waitlist;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the waitlist pages offer to pick from: the location's services with a waitlist, and who performs them. */
@Repository
class Choices {

    private final JdbcClient db;

    Choices(JdbcClient db) {
        this.db = db;
    }

    /** Something to pick, by id and name. */
    record Choice(long id, String name) {}

    List<Choice> services(long locationId) {
        return db.sql("""
                        select id, title from services
                         where location_id = :l and active and not deleted and allow_waitlist order by title, id
                        """)
                .param("l", locationId)
                .query((rs, i) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Every service of the location, also those without a waitlist now, for naming entries. */
    List<Choice> allServices(long locationId) {
        return db.sql("select id, title from services where location_id = :l order by title, id")
                .param("l", locationId)
                .query((rs, i) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The team members who perform the service; all of the location's when {@code serviceId} is null. */
    List<Choice> members(long locationId, Long serviceId) {
        return db.sql("""
                        select m.id, m.name from team_members m
                         where m.location_id = :l and not m.deleted
                           and (cast(:s as bigint) is null
                                or exists (select 1 from service_staff ss where ss.service_id = :s and ss.team_member_id = m.id))
                         order by m.name, m.id
                        """)
                .param("l", locationId)
                .param("s", serviceId)
                .query((rs, i) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    String serviceTitle(long serviceId) {
        return db.sql("select title from services where id = :id")
                .param("id", serviceId)
                .query(String.class)
                .optional()
                .orElse("");
    }

    String memberName(long memberId) {
        return db.sql("select name from team_members where id = :id")
                .param("id", memberId)
                .query(String.class)
                .optional()
                .orElse("");
    }

    boolean waitlisted(long locationId, long serviceId) {
        return services(locationId).stream().anyMatch(s -> s.id() == serviceId);
    }
}
