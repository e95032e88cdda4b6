package dev.kairos.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The services of each location. The public methods are the catalog's read API for other modules
 * (booking, availability): they return whole {@link Service}s with their staff links, own hours
 * and resources, never a service of another location, and never a deleted one.
 */
@Repository
public class Services {

    private final JdbcClient db;
    private final ServiceLinks links;

    Services(JdbcClient db, ServiceLinks links) {
        this.db = db;
        this.links = links;
    }

    /**
     * The service {@code serviceId} of location {@code locationId}, active or not; empty if it does
     * not exist, is deleted, or belongs to another location. Callers that book check
     * {@link Service#active()} and {@link BookingRules#allowCustomerBooking()} themselves.
     */
    public Optional<Service> find(long locationId, long serviceId) {
        return findAll(locationId, List.of(serviceId)).stream().findFirst();
    }

    /**
     * The services of location {@code locationId} among {@code serviceIds}, in id order. Ids that do
     * not exist, are deleted or belong to another location are left out: compare sizes to detect them.
     */
    public List<Service> findAll(long locationId, Collection<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return assemble(db.sql("select " + ServiceRows.COLUMNS + """
                         from services where location_id = :location and id in (:ids) and not deleted order by id
                        """)
                .param("location", locationId)
                .param("ids", serviceIds)
                .query(Services::row)
                .list());
    }

    /** The location's active services, heaviest first: what staff may book there. */
    public List<Service> active(long locationId) {
        return list(locationId, new ServiceFilter(null, null, true));
    }

    /** The location's services, filtered, heaviest first. */
    List<Service> list(long locationId, ServiceFilter filter) {
        return assemble(db.sql("select " + ServiceRows.COLUMNS + """
                         from services s
                        where location_id = :location and not deleted
                          and (:activeOnly = false or active)
                          and (cast(:category as bigint) is null or category_id = :category)
                          and (cast(:staff as bigint) is null or exists (
                                select 1 from service_staff ss where ss.service_id = s.id and ss.team_member_id = :staff))
                        order by weight desc, id
                        """)
                .param("location", locationId)
                .param("activeOnly", filter.activeOnly())
                .param("category", filter.categoryId())
                .param("staff", filter.staffId())
                .query(Services::row)
                .list());
    }

    long insert(long locationId, ServiceDefinition definition) {
        MapSqlParameterSource params = ServiceRows.params(definition).addValue("location", locationId);
        return db.sql("insert into services (location_id, " + ServiceRows.WRITTEN + ") values (:location, "
                        + ServiceRows.VALUES + ") returning id")
                .paramSource(params)
                .query(Long.class)
                .single();
    }

    void update(long locationId, long serviceId, ServiceDefinition definition) {
        MapSqlParameterSource params =
                ServiceRows.params(definition).addValue("location", locationId).addValue("id", serviceId);
        db.sql("update services set " + ServiceRows.ASSIGNMENTS
                        + ", updated_at = now() where id = :id and location_id = :location and not deleted")
                .paramSource(params)
                .update();
    }

    void delete(long locationId, long serviceId) {
        db.sql("update services set deleted = true, updated_at = now() where id = :id and location_id = :location")
                .param("id", serviceId)
                .param("location", locationId)
                .update();
    }

    private List<Service> assemble(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<StaffLink>> staff = links.staff(ids);
        Map<Long, List<ServiceHours>> hours = links.hours(ids);
        Map<Long, List<Long>> resources = links.resources(ids);
        Map<Long, List<Long>> excluded = links.excluded(ids);
        return rows.stream()
                .map(r -> new Service(
                        r.id(),
                        r.locationId(),
                        r.definition(),
                        staff.getOrDefault(r.id(), List.of()),
                        new WeeklyHours(hours.getOrDefault(r.id(), List.of())),
                        resources.getOrDefault(r.id(), List.of()),
                        excluded.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("location_id"), ServiceRows.definition(rs));
    }

    private record Row(long id, long locationId, ServiceDefinition definition) {}

    /**
     * @param categoryId only services of this category, or null
     * @param staffId only services linked to this team member, or null
     * @param activeOnly leave inactive services out
     */
    record ServiceFilter(Long categoryId, Long staffId, boolean activeOnly) {}
}
