package dev.kairos.exports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The export_files table: finished exports, each readable by the user who asked for it only. Public
 * for the Activity log page, which lists the signed-in user's own files.
 */
@Repository
public class ExportFiles {

    private final JdbcClient db;

    ExportFiles(JdbcClient db) {
        this.db = db;
    }

    /** A finished export as its owner's list shows it. */
    public record Listed(long id, String fileName, int rowCount, Instant createdAt) {}

    /** A file to download. */
    record Stored(long id, long locationId, String fileName, byte[] bytes) {}

    long insert(
            long locationId,
            long ownerUserId,
            String job,
            String fileName,
            String filterQuery,
            int rowCount,
            byte[] bytes) {
        return db.sql("""
                        insert into export_files (location_id, owner_user_id, job_id, file_name, filter_query, row_count, bytes)
                        values (:location, :owner, :job, :name, :query, :rows, :bytes) returning id
                        """)
                .param("location", locationId)
                .param("owner", ownerUserId)
                .param("job", job)
                .param("name", fileName)
                .param("query", filterQuery)
                .param("rows", rowCount)
                .param("bytes", bytes)
                .query(Long.class)
                .single();
    }

    /** The file, if {@code userId} owns it; empty for anyone else's, whatever their role. */
    Optional<Stored> findOwned(long id, long userId) {
        return db.sql(
                        "select id, location_id, file_name, bytes from export_files where id = :id and owner_user_id = :user")
                .param("id", id)
                .param("user", userId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /** The file the user's export job made, once it is stored. */
    Optional<Listed> ofJob(String job, long userId) {
        return db.sql("""
                        select id, file_name, row_count, created_at from export_files
                         where job_id = :job and owner_user_id = :user
                        """)
                .param("job", job)
                .param("user", userId)
                .query(ExportFiles::listed)
                .optional();
    }

    /** The user's own exports at the location, newest first. */
    public List<Listed> ownedBy(long userId, long locationId) {
        return db.sql("""
                        select id, file_name, row_count, created_at from export_files
                         where owner_user_id = :user and location_id = :location order by created_at desc, id desc limit 100
                        """)
                .param("user", userId)
                .param("location", locationId)
                .query(ExportFiles::listed)
                .list();
    }

    private static Listed listed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Listed(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class).toInstant());
    }
}
