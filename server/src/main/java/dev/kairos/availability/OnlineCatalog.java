package dev.kairos.availability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the online-booking widget shows: the bookable services, their categories, the team. */
@Repository
class OnlineCatalog {

    private final JdbcClient db;

    OnlineCatalog(JdbcClient db) {
        this.db = db;
    }

    /** Ids of the services clients may book online at the location. */
    List<Long> bookableServiceIds(long locationId) {
        return db.sql("""
                        select id from services
                         where location_id = :loc and not deleted and active and allow_customer_booking
                           and booking_type <> 'walk_in_only'
                         order by weight desc, id
                        """)
                .param("loc", locationId).query(Long.class).list();
    }

    List<Map<String, Object>> categories(long locationId, List<Long> categoryIds) {
        return db.sql("""
                        select id, title, gender, api_id, weight from service_categories
                         where location_id = :loc and id = any(:ids) and not deleted order by weight desc, id
                        """)
                .param("loc", locationId).param("ids", categoryIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong("id"));
                    m.put("title", rs.getString("title"));
                    m.put("sex", rs.getInt("gender"));
                    m.put("gender", rs.getInt("gender"));
                    m.put("api_id", rs.getString("api_id"));
                    m.put("weight", rs.getInt("weight"));
                    return m;
                }).list();
    }

    /** The book_staff view of team members, in the given order. */
    Map<Long, Map<String, Object>> staff(List<Long> ids) {
        Map<Long, Map<String, Object>> result = new LinkedHashMap<>();
        db.sql("""
                        select m.id, m.name, m.specialization, m.avatar, m.rating, m.votes_count, m.weight, m.information,
                               p.id as position_id, p.title as position_title
                          from team_members m left join positions p on p.id = m.position_id
                         where m.id = any(:ids)
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong("id"));
                    m.put("name", rs.getString("name"));
                    m.put("specialization", rs.getString("specialization"));
                    Object position = rs.getObject("position_id") == null ? List.of()
                            : Map.of("id", rs.getLong("position_id"), "title", rs.getString("position_title"));
                    m.put("position", position);
                    m.put("show_rating", 1);
                    m.put("rating", rs.getBigDecimal("rating"));
                    m.put("votes_count", rs.getInt("votes_count"));
                    m.put("avatar", rs.getString("avatar"));
                    m.put("comments_count", 0);
                    m.put("weight", rs.getInt("weight"));
                    m.put("information", rs.getString("information"));
                    result.put(rs.getLong("id"), m);
                });
        Map<Long, Map<String, Object>> ordered = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (result.containsKey(id)) {
                ordered.put(id, result.get(id));
            }
        });
        return ordered;
    }
}
