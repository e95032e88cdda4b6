package dev.kairos.directory;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes many rows of the directory at once, for seed or bulk data: opening hours, positions,
 * resources, team members and their schedules, one batched statement per table in the SQL the
 * module's editors use, with ids drawn ahead by the caller so the rows of a batch can name each
 * other. The caller holds the transaction.
 */
@Repository
public class DirectoryWriter {

    private static final String POSITION =
            "insert into positions (id, " + Positions.COLUMNS + ") values (:id, " + Positions.VALUES + ")";
    private static final String RESOURCE =
            "insert into resources (id, " + Resources.COLUMNS + ") values (:id, " + Resources.VALUES + ")";
    private static final String INSTANCE = "insert into resource_instances (id, " + Resources.INSTANCE_COLUMNS
            + ") values (:id, " + Resources.INSTANCE_VALUES + ")";
    private static final String MEMBER = "insert into team_members (id, rating, " + TeamMembers.COLUMNS
            + ") values (:id, :rating, " + TeamMembers.VALUES + ")";

    private final NamedParameterJdbcTemplate jdbc;
    private final Locations locations;

    DirectoryWriter(NamedParameterJdbcTemplate jdbc, Locations locations) {
        this.jdbc = jdbc;
        this.locations = locations;
    }

    /**
     * A new location, with the settings a location is made with when a form leaves them out.
     *
     * @param zone an IANA time zone
     * @param currency ISO 4217 code
     * @param region ISO 3166 region phone numbers are read in
     */
    public record NewLocation(
            String title,
            String zone,
            String country,
            String city,
            String address,
            String phone,
            String currency,
            String region) {}

    /** Inserts the location in the chain, through the statement the location editor uses, and returns its id. */
    public long insertLocation(long chainId, NewLocation l) {
        return locations.insert(
                chainId,
                new LocationFields(
                        l.title(),
                        l.zone(),
                        l.country(),
                        l.city(),
                        l.address(),
                        l.phone(),
                        "",
                        l.currency(),
                        l.region(),
                        null,
                        null,
                        15,
                        0,
                        60,
                        true,
                        0,
                        true,
                        0,
                        false,
                        "same_client_same_day",
                        true,
                        "en"));
    }

    /** A location's opening hours on a day of the week. */
    public record Hours(long locationId, DayOfWeek day, TimeSlot slot) {}

    /** A date the location is closed. */
    public record ClosedDay(long locationId, LocalDate day) {}

    public record NewPosition(long id, long chainId, String title) {}

    public record NewResource(long id, long locationId, String title) {}

    public record NewInstance(long id, long resourceId, long locationId, String title) {}

    /**
     * A team member, working at the location they are made at.
     *
     * @param weight sort weight; higher first
     * @param rating 0 to 5
     */
    public record NewMember(
            long id,
            long locationId,
            Long positionId,
            String name,
            String specialization,
            String email,
            boolean hidden,
            int weight,
            BigDecimal rating) {}

    /** A team member's working time at a location on a day of the week. */
    public record MemberHours(long memberId, long locationId, DayOfWeek day, TimeSlot slot) {}

    /**
     * A dated day off of a team member at a location.
     *
     * @param offDayType Altegio's kind of day off
     */
    public record DayOff(long memberId, long locationId, LocalDate day, int offDayType) {}

    public void insertHours(List<Hours> rows) {
        batch(OpeningHours.INSERT_HOURS, rows, h -> slot(h.slot())
                .addValue("location", h.locationId())
                .addValue("day", h.day().getValue()));
    }

    public void insertClosedDays(List<ClosedDay> rows) {
        batch(OpeningHours.INSERT_SPECIAL, rows, d -> new MapSqlParameterSource()
                .addValue("location", d.locationId())
                .addValue("day", d.day())
                .addValue("from", null, Types.TIME)
                .addValue("to", null, Types.TIME));
    }

    public void insertPositions(List<NewPosition> rows) {
        batch(POSITION, rows, p -> new MapSqlParameterSource()
                .addValue("id", p.id())
                .addValue("chain", p.chainId())
                .addValue("title", p.title())
                .addValue("apiId", ""));
    }

    public void insertResources(List<NewResource> rows) {
        batch(RESOURCE, rows, r -> new MapSqlParameterSource()
                .addValue("id", r.id())
                .addValue("location", r.locationId())
                .addValue("title", r.title())
                .addValue("description", ""));
    }

    public void insertInstances(List<NewInstance> rows) {
        batch(INSTANCE, rows, i -> new MapSqlParameterSource()
                .addValue("id", i.id())
                .addValue("resource", i.resourceId())
                .addValue("location", i.locationId())
                .addValue("title", i.title()));
    }

    /** Inserts the members and their place at the location they are made at. */
    public void insertMembers(List<NewMember> rows) {
        batch(MEMBER, rows, m -> new MapSqlParameterSource()
                .addValue("id", m.id())
                .addValue("rating", m.rating())
                .addValue("location", m.locationId())
                .addValue("positionId", m.positionId())
                .addValue("name", m.name())
                .addValue("specialization", m.specialization())
                .addValue("information", "")
                .addValue("avatar", "")
                .addValue("apiId", "")
                .addValue("weight", m.weight())
                .addValue("hidden", m.hidden())
                .addValue("fired", false)
                .addValue("userId", null, Types.BIGINT)
                .addValue("phone", "")
                .addValue("email", m.email()));
        batch(TeamMembers.AT_LOCATION, rows, m -> new MapSqlParameterSource()
                .addValue("id", m.id())
                .addValue("location", m.locationId()));
    }

    public void insertWeeklyHours(List<MemberHours> rows) {
        batch(WeeklyHours.INSERT, rows, h -> slot(h.slot())
                .addValue("member", h.memberId())
                .addValue("location", h.locationId())
                .addValue("day", h.day().getValue()));
    }

    public void insertDaysOff(List<DayOff> rows) {
        batch(ScheduleOverrides.INSERT_DAY, rows, d -> new MapSqlParameterSource()
                .addValue("member", d.memberId())
                .addValue("location", d.locationId())
                .addValue("day", d.day())
                .addValue("working", false)
                .addValue("offDayType", d.offDayType()));
    }

    private static MapSqlParameterSource slot(TimeSlot slot) {
        return new MapSqlParameterSource().addValue("from", slot.from()).addValue("to", slot.to());
    }

    private <T> void batch(String sql, List<T> rows, Function<T, ? extends SqlParameterSource> params) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.stream().map(params).toArray(SqlParameterSource[]::new));
        }
    }
}
