package dev.kairos.catalog;

import dev.kairos.platform.SqlParams;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes many categories, services and their links at once, for seed or bulk data: one statement
 * per table, in the columns the editors write, with ids drawn ahead by the caller so the rows of a
 * batch can name each other. The rows are the module's validated types; the caller holds the
 * transaction.
 */
@Repository
public class CatalogWriter {

    private static final String CATEGORY = "insert into service_categories (id, " + ServiceCategories.COLUMNS
            + ") values (:id, :locationId, :title, '', :weight)";

    private static final String SERVICE = "insert into services (id, location_id, " + ServiceRows.WRITTEN
            + ") values (:id, :location, " + ServiceRows.VALUES + ")";

    private final NamedParameterJdbcTemplate jdbc;

    CatalogWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A service category of a batch; a higher weight sorts first. */
    public record Category(long id, long locationId, String title, int weight) {}

    /** A service of a batch. */
    public record NewService(long id, long locationId, ServiceDefinition definition) {}

    /** A team member who performs a service. */
    public record StaffRow(long serviceId, StaffLink link) {}

    /** A resource a service needs. */
    public record ResourceRow(long serviceId, long resourceId) {}

    public void insertCategories(List<Category> rows) {
        batch(CATEGORY, rows, SqlParams::of);
    }

    public void insertServices(List<NewService> rows) {
        batch(SERVICE, rows, s -> ServiceRows.params(s.definition())
                .addValue("id", s.id())
                .addValue("location", s.locationId()));
    }

    public void linkStaff(List<StaffRow> rows) {
        batch(ServiceLinks.LINK_STAFF, rows, r -> new MapSqlParameterSource()
                .addValue("s", r.serviceId())
                .addValue("m", r.link().teamMemberId())
                .addValue("d", ServiceLinks.seconds(r.link().duration())));
    }

    public void linkResources(List<ResourceRow> rows) {
        batch(ServiceLinks.LINK_RESOURCE, rows, r -> new MapSqlParameterSource()
                .addValue("s", r.serviceId())
                .addValue("r", r.resourceId()));
    }

    private <T> void batch(String sql, List<T> rows, Function<T, ? extends SqlParameterSource> params) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.stream().map(params).toArray(SqlParameterSource[]::new));
        }
    }
}
