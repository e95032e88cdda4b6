package dev.kairos.catalog;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Team members, resources and services for catalog tests, made directly in the database. */
final class CatalogFixtures {

    private final JdbcClient db;

    CatalogFixtures(JdbcClient db) {
        this.db = db;
    }

    long teamMember(long locationId, String name) {
        return db.sql("insert into team_members (location_id, name) values (:l, :n) returning id")
                .param("l", locationId)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    void alsoWorksAt(long teamMemberId, long locationId) {
        db.sql("insert into team_member_locations (team_member_id, location_id) values (:m, :l)")
                .param("m", teamMemberId)
                .param("l", locationId)
                .update();
    }

    void deleteTeamMember(long teamMemberId) {
        db.sql("update team_members set deleted = true where id = :m")
                .param("m", teamMemberId)
                .update();
    }

    long resource(long locationId, String title) {
        return db.sql("insert into resources (location_id, title) values (:l, :t) returning id")
                .param("l", locationId)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    long activity(long locationId, String entity, String action) {
        return db.sql("select count(*) from activity_log where location_id = :l and entity = :e and action = :a")
                .param("l", locationId)
                .param("e", entity)
                .param("a", action)
                .query(Long.class)
                .single();
    }

    Map<String, Object> serviceRow(long serviceId) {
        return db.sql("select * from services where id = :id")
                .param("id", serviceId)
                .query()
                .singleRow();
    }

    /** Every catalog table's row count, to prove a refused request changed nothing. */
    Map<String, Long> counts() {
        return Map.of(
                "services",
                count("services"),
                "service_staff",
                count("service_staff"),
                "service_hours",
                count("service_hours"),
                "service_resources",
                count("service_resources"),
                "service_categories",
                count("service_categories"),
                "activity_log",
                count("activity_log"));
    }

    private long count(String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }
}
