package dev.kairos.availability;

import dev.kairos.directory.TeamMemberView;
import dev.kairos.directory.TeamMembers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the online-booking widget shows: the bookable services, their categories, the team. */
@Repository
class OnlineCatalog {

    private final JdbcClient db;
    private final TeamMembers teamMembers;

    OnlineCatalog(JdbcClient db, TeamMembers teamMembers) {
        this.db = db;
        this.teamMembers = teamMembers;
    }

    /** Ids of the services clients may book online at the location. */
    List<Long> bookableServiceIds(long locationId) {
        return db.sql("""
                        select id from services
                         where location_id = :loc and not deleted and active and allow_customer_booking
                           and booking_type <> 'walk_in_only'
                         order by weight desc, id
                        """).param("loc", locationId).query(Long.class).list();
    }

    List<BookCategory> categories(long locationId, List<Long> categoryIds) {
        return db.sql("""
                        select id, title, gender, api_id, weight from service_categories
                         where location_id = :loc and id = any(:ids) and not deleted order by weight desc, id
                        """)
                .param("loc", locationId)
                .param("ids", categoryIds.toArray(Long[]::new))
                .query((rs, n) -> new BookCategory(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getInt("gender"),
                        rs.getInt("gender"),
                        rs.getString("api_id"),
                        rs.getInt("weight")))
                .list();
    }

    /** The book_staff view of team members, in the given order. */
    Map<Long, TeamMemberView.ForBooking> staff(List<Long> ids) {
        Map<Long, TeamMemberView.ForBooking> result = new LinkedHashMap<>();
        teamMembers.findAll(ids).forEach(m -> result.put(m.id(), TeamMemberView.forBooking(m)));
        return result;
    }
}
