package dev.kairos.directory;

import dev.kairos.platform.SqlParams;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The locations table. */
@Repository
public class Locations {

    private static final String COLUMNS = """
            id, chain_id, title, time_zone, country, city, address, phone, site, currency, default_region,
            coordinate_lat, coordinate_lon, slot_step_minutes, booking_min_lead_minutes, booking_max_advance_days,
            allow_delete_record, allow_delete_record_delay_step, allow_change_record, allow_change_record_delay_step,
            phone_confirmation, visit_grouping, active, language
            """;

    private final JdbcClient db;

    Locations(JdbcClient db) {
        this.db = db;
    }

    public Optional<Location> find(long id) {
        return db.sql("select " + COLUMNS + " from locations where id = :id and not deleted")
                .param("id", id)
                .query(Locations::map)
                .optional();
    }

    public List<Location> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + COLUMNS + " from locations where id in (:ids) and not deleted order by id")
                .param("ids", ids)
                .query(Locations::map)
                .list();
    }

    /** The chain's locations that are not deleted, by id. */
    public List<Location> ofChain(long chainId) {
        return db.sql("select " + COLUMNS + " from locations where chain_id = :chain and not deleted order by id")
                .param("chain", chainId)
                .query(Locations::map)
                .list();
    }

    public long insert(long chainId, LocationFields f) {
        return db.sql("""
                        insert into locations (chain_id, title, time_zone, country, city, address, phone, site, currency,
                            default_region, coordinate_lat, coordinate_lon, slot_step_minutes, booking_min_lead_minutes,
                            booking_max_advance_days, allow_delete_record, allow_delete_record_delay_step,
                            allow_change_record, allow_change_record_delay_step, phone_confirmation, visit_grouping, active,
                            language)
                        values (:chain, :title, :zone, :country, :city, :address, :phone, :site, :currency, :region,
                            :lat, :lon, :step, :lead, :advance, :allowDelete, :deleteDelay, :allowChange, :changeDelay,
                            :phoneConfirmation, :grouping, :active, :language)
                        returning id
                        """)
                .paramSource(SqlParams.of(f).addValue("chain", chainId))
                .query(Long.class)
                .single();
    }

    public void update(long id, LocationFields f) {
        db.sql("""
                        update locations set title = :title, time_zone = :zone, country = :country, city = :city,
                            address = :address, phone = :phone, site = :site, currency = :currency, default_region = :region,
                            coordinate_lat = :lat, coordinate_lon = :lon, slot_step_minutes = :step,
                            booking_min_lead_minutes = :lead, booking_max_advance_days = :advance,
                            allow_delete_record = :allowDelete, allow_delete_record_delay_step = :deleteDelay,
                            allow_change_record = :allowChange, allow_change_record_delay_step = :changeDelay,
                            phone_confirmation = :phoneConfirmation, visit_grouping = :grouping, active = :active,
                            language = :language, updated_at = now()
                         where id = :id
                        """).paramSource(SqlParams.of(f).addValue("id", id)).update();
    }

    /** Sets the language the location's messages are written in; one of {@link Location#LANGUAGES}. */
    public void setLanguage(long id, String language) {
        if (!Location.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("not a language Kairos writes in: " + language);
        }
        db.sql("update locations set language = :language, updated_at = now() where id = :id")
                .param("language", language)
                .param("id", id)
                .update();
    }

    public void delete(long id) {
        db.sql("update locations set deleted = true, updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** The chain's title, if the chain exists. */
    public Optional<String> chainTitle(long chainId) {
        return db.sql("select title from chains where id = :id")
                .param("id", chainId)
                .query(String.class)
                .optional();
    }

    public long createChain(String title) {
        return db.sql("insert into chains (title) values (:title) returning id")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    private static Location map(ResultSet rs, int row) throws SQLException {
        return new Location(
                rs.getLong("id"),
                rs.getLong("chain_id"),
                rs.getString("title"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("country"),
                rs.getString("city"),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getString("site"),
                rs.getString("currency"),
                rs.getString("default_region"),
                (Double) rs.getObject("coordinate_lat"),
                (Double) rs.getObject("coordinate_lon"),
                new Location.BookingSettings(
                        rs.getInt("slot_step_minutes"),
                        rs.getInt("booking_min_lead_minutes"),
                        rs.getInt("booking_max_advance_days"),
                        rs.getBoolean("allow_delete_record"),
                        rs.getInt("allow_delete_record_delay_step"),
                        rs.getBoolean("allow_change_record"),
                        rs.getInt("allow_change_record_delay_step"),
                        rs.getBoolean("phone_confirmation"),
                        rs.getString("visit_grouping")),
                rs.getBoolean("active"),
                rs.getString("language"));
    }
}
