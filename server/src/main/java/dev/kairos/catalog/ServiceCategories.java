package dev.kairos.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service categories of each location; deleted ones are never returned. */
@Repository
public class ServiceCategories {

    /** The columns a new category is written with, here and by {@link CatalogWriter}. */
    static final String COLUMNS = "location_id, title, api_id, weight";

    private static final String SELECT = """
            select c.id, c.location_id, c.title, c.api_id, c.weight,
                   array(select distinct ss.team_member_id
                           from services s
                           join service_staff ss on ss.service_id = s.id
                           join team_members tm on tm.id = ss.team_member_id
                          where s.category_id = c.id and s.active and not s.deleted and not tm.deleted
                          order by ss.team_member_id) as staff
              from service_categories c
             where c.location_id = :location and not c.deleted
            """;

    private final JdbcClient db;

    ServiceCategories(JdbcClient db) {
        this.db = db;
    }

    /** The category, if it exists at that location and is not deleted. */
    public Optional<ServiceCategory> find(long locationId, long categoryId) {
        return db.sql(SELECT + " and c.id = :id")
                .param("location", locationId)
                .param("id", categoryId)
                .query(ServiceCategories::map)
                .optional();
    }

    /** The location's categories, heaviest first; only those with a service of {@code staffId} if given. */
    public List<ServiceCategory> list(long locationId, Long staffId) {
        return db.sql("select * from (" + SELECT + ") c where cast(:staff as bigint) is null or :staff = any (c.staff) "
                        + "order by c.weight desc, c.id")
                .param("location", locationId)
                .param("staff", staffId)
                .query(ServiceCategories::map)
                .list();
    }

    long insert(long locationId, String title, String apiId, int weight) {
        return db.sql("insert into service_categories (" + COLUMNS
                        + ") values (:location, :title, :apiId, :weight) returning id")
                .param("location", locationId)
                .param("title", title)
                .param("apiId", apiId)
                .param("weight", weight)
                .query(Long.class)
                .single();
    }

    void update(long locationId, long id, String title, String apiId, int weight) {
        db.sql("""
                        update service_categories set title = :title, api_id = :apiId, weight = :weight
                         where id = :id and location_id = :location and not deleted
                        """)
                .param("location", locationId)
                .param("id", id)
                .param("title", title)
                .param("apiId", apiId)
                .param("weight", weight)
                .update();
    }

    /** How many active services of the location use the category. */
    long activeServicesUsing(long locationId, long id) {
        return db.sql("""
                        select count(*) from services
                         where location_id = :location and category_id = :id and active and not deleted
                        """)
                .param("location", locationId)
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** Soft-deletes the category; inactive and deleted services that still name it lose the category. */
    void delete(long locationId, long id) {
        db.sql(
                        "update services set category_id = null, updated_at = now() where location_id = :location and category_id = :id")
                .param("location", locationId)
                .param("id", id)
                .update();
        db.sql("update service_categories set deleted = true where id = :id and location_id = :location")
                .param("location", locationId)
                .param("id", id)
                .update();
    }

    private static ServiceCategory map(ResultSet rs, int n) throws SQLException {
        return new ServiceCategory(
                rs.getLong("id"),
                rs.getLong("location_id"),
                rs.getString("title"),
                rs.getString("api_id"),
                rs.getInt("weight"),
                ids(rs.getArray("staff")));
    }

    private static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
