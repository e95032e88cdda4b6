package dev.kairos.visits;

import dev.kairos.appointments.AppointmentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the appointments that visits group and payments are taken for. */
@Repository
class BookedAppointments {

    private static final String SELECT =
            "select id, location_id, visit_id, client_id, status, client_confirmed, starts_at from appointments";

    private final JdbcClient db;

    BookedAppointments(JdbcClient db) {
        this.db = db;
    }

    /** The location's appointment, locked until the transaction ends so its payments are counted one writer at a time. */
    Optional<BookedAppointment> lock(long locationId, long id) {
        return db.sql(SELECT + " where id = :id and location_id = :location for update")
                .param("id", id)
                .param("location", locationId)
                .query(BookedAppointments::map)
                .optional();
    }

    Optional<BookedAppointment> find(long locationId, long id) {
        return db.sql(SELECT + " where id = :id and location_id = :location")
                .param("id", id)
                .param("location", locationId)
                .query(BookedAppointments::map)
                .optional();
    }

    /** The visit's appointments, cancelled ones too, in start order. */
    List<BookedAppointment> inVisit(long visitId) {
        return db.sql(SELECT + " where visit_id = :visit order by starts_at, id")
                .param("visit", visitId)
                .query(BookedAppointments::map)
                .list();
    }

    private static BookedAppointment map(ResultSet rs, int row) throws SQLException {
        return new BookedAppointment(
                rs.getLong("id"),
                rs.getLong("location_id"),
                (Long) rs.getObject("visit_id"),
                (Long) rs.getObject("client_id"),
                AppointmentStatus.fromDb(rs.getString("status")),
                rs.getBoolean("client_confirmed"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant());
    }
}
