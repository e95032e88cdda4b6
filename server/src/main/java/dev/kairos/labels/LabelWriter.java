package dev.kairos.labels;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes many appointment categories at once, for seed or bulk data: one batched statement in the
 * columns the label editor writes, with ids drawn ahead by the caller so appointments can name
 * them. The caller holds the transaction.
 */
@Repository
public class LabelWriter {

    private static final String INSERT = "insert into appointment_categories (id, "
            + LabelKind.Columns.APPOINTMENT_CATEGORY + ") values (:id, "
            + LabelKind.Columns.APPOINTMENT_CATEGORY_VALUES + ")";

    private final NamedParameterJdbcTemplate jdbc;

    LabelWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An appointment category of a batch.
     *
     * @param color as {@code #rrggbb}
     */
    public record NewCategory(long id, long locationId, String title, String color) {}

    /** Inserts the appointment categories, in the order given, in the editor's default font colour. */
    public void insertAppointmentCategories(List<NewCategory> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    INSERT,
                    rows.stream()
                            .map(c -> new MapSqlParameterSource()
                                    .addValue("id", c.id())
                                    .addValue("location", c.locationId())
                                    .addValue("title", c.title())
                                    .addValue("color", c.color())
                                    .addValue("fontColor", LabelBody.DEFAULT_FONT_COLOR))
                            .toArray(SqlParameterSource[]::new));
        }
    }
}
