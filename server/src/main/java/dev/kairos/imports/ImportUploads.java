package dev.kairos.imports;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded files kept between "Upload" and "Import", and the fingerprints of rows already imported. */
@Repository
class ImportUploads {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;

    ImportUploads(JdbcClient db) {
        this.db = db;
    }

    record Upload(String id, long locationId, String fileName, byte[] bytes) {}

    String insert(long locationId, long userId, String fileName, String sha256, int rows, byte[] bytes) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        db.sql("""
                        insert into import_uploads (id, location_id, user_id, file_name, sha256, row_count, bytes)
                        values (:id, :location, :user, :name, :sha, :rows, :bytes)
                        """)
                .param("id", id)
                .param("location", locationId)
                .param("user", userId)
                .param("name", fileName)
                .param("sha", sha256)
                .param("rows", rows)
                .param("bytes", bytes)
                .update();
        return id;
    }

    /** The upload, if it is this user's at this location. */
    Optional<Upload> find(String id, long userId, long locationId) {
        return db.sql(
                        "select id, location_id, file_name, bytes from import_uploads where id = :id and user_id = :user and location_id = :location")
                .param("id", id)
                .param("user", userId)
                .param("location", locationId)
                .query((rs, n) -> new Upload(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /** Of the fingerprints, those imported at the location before, with the appointment each made. */
    java.util.Map<String, Long> imported(long locationId, Set<String> fingerprints) {
        java.util.Map<String, Long> found = new java.util.HashMap<>();
        db.sql(
                        "select fingerprint, appointment_id from imported_rows where location_id = :location and fingerprint = any(:prints)")
                .param("location", locationId)
                .param("prints", fingerprints.toArray(String[]::new))
                .query((rs, n) -> found.put(rs.getString(1), rs.getLong(2)))
                .list();
        return found;
    }

    void remember(long locationId, String uploadId, List<String> fingerprints, List<Long> appointments) {
        db.sql("""
                        insert into imported_rows (location_id, fingerprint, appointment_id, upload_id)
                        select :location, f, a, :upload from unnest(cast(:prints as text[]), cast(:ids as bigint[])) as r(f, a)
                        """)
                .param("location", locationId)
                .param("upload", uploadId)
                .param("prints", fingerprints.toArray(String[]::new))
                .param("ids", appointments.toArray(Long[]::new))
                .update();
        db.sql("update import_uploads set imported_at = now() where id = :id")
                .param("id", uploadId)
                .update();
    }

    /** Serialises imports at a location until the transaction ends. */
    void lock(long locationId) {
        db.sql("select 1 from (select pg_advisory_xact_lock(7340, cast(:location as int))) locked")
                .param("location", locationId)
                .query(Integer.class)
                .single();
    }
}
