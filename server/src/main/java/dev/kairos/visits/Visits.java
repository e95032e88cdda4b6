package dev.kairos.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The visits table. Booking creates visits; this module reads them and keeps their comment. */
@Repository
class Visits {

    private final JdbcClient db;

    Visits(JdbcClient db) {
        this.db = db;
    }

    Optional<Visit> find(long id) {
        return db.sql("select id, location_id, client_id, day, comment from visits where id = :id")
                .param("id", id)
                .query((rs, n) -> new Visit(
                        rs.getLong("id"),
                        rs.getLong("location_id"),
                        (Long) rs.getObject("client_id"),
                        rs.getObject("day", LocalDate.class),
                        rs.getString("comment")))
                .optional();
    }

    void comment(long id, String comment, Instant at) {
        db.sql("update visits set comment = :comment, updated_at = :at where id = :id")
                .param("id", id)
                .param("comment", comment)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }
}
