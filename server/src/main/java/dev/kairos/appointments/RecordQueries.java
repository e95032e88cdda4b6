package dev.kairos.appointments;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a location's appointments as record objects, for the API and the admin pages alike:
 * the caller's right to view records at the location is checked on every call.
 */
@Service
public class RecordQueries {

    private final RecordSearch search;
    private final RecordViews views;
    private final Access access;
    private final JdbcClient db;

    RecordQueries(RecordSearch search, RecordViews views, Access access, JdbcClient db) {
        this.db = db;
        this.search = search;
        this.views = views;
        this.access = access;
    }

    /** An appointment category (Altegio's record label) of the location. */
    public record Label(long id, String title, String color) {}

    /** The location's appointment categories that are not deleted, by title. */
    @Transactional(readOnly = true)
    public List<Label> labels(Caller caller, long locationId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return db.sql(
                        "select id, title, color from appointment_categories where location_id = :loc and not deleted order by title, id")
                .param("loc", locationId)
                .query((rs, n) -> new Label(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** One page of appointments and the total that match. */
    public record Listing(List<RecordViews.Appointment> appointments, long totalCount) {}

    @Transactional(readOnly = true)
    public Listing list(Caller caller, long locationId, java.time.ZoneId zone, RecordFilter filter) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        RecordSearch.Page page = search.find(locationId, zone, filter);
        return new Listing(views.read(page.ids()), page.totalCount());
    }

    /** How many records match, without reading them (an export checks its limit first). */
    @Transactional(readOnly = true)
    public long count(Caller caller, long locationId, java.time.ZoneId zone, RecordFilter filter) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return search.count(locationId, zone, filter);
    }

    /** One appointment of the location, deleted ones included. */
    @Transactional(readOnly = true)
    public java.util.Optional<RecordViews.Appointment> find(Caller caller, long locationId, long recordId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return views.find(locationId, recordId);
    }
}
