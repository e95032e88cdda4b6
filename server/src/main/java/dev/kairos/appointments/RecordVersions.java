package dev.kairos.appointments;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An appointment's version as the records API shows it: the entity tag of its record. */
@Repository
public class RecordVersions {

    private final JdbcClient db;

    RecordVersions(JdbcClient db) {
        this.db = db;
    }

    /**
     * The appointment's version as an entity tag ({@code "3"}), raised by every change of it; empty
     * for an unknown or another location's appointment.
     */
    public Optional<String> entityTag(long locationId, long recordId) {
        return db.sql("select version from appointments where id = :id and location_id = :location")
                .param("id", recordId)
                .param("location", locationId)
                .query(Integer.class)
                .optional()
                .map(EntityTags::of);
    }
}
