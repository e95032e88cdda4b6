package dev.kairos.imports;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads between "Upload" and "Import", kept as the rows read from the file at upload, and the
 * fingerprints of rows already imported.
 */
@Repository
class ImportUploads {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final JsonMapper json;

    ImportUploads(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** An upload as the mapping page shows it. */
    record Upload(String id, long locationId, String fileName, List<String> headers, int rowCount, int columns) {}

    /** Keeps the sheet read from an uploaded file; returns the upload's random id. */
    String insert(long locationId, long userId, String fileName, String sha256, ImportSheet sheet) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        db.sql("""
                        insert into import_uploads (id, location_id, user_id, file_name, sha256, row_count, headers, column_count)
                        values (:id, :location, :user, :name, :sha, :rows, cast(:headers as text[]), :columns)
                        """)
                .param("id", id)
                .param("location", locationId)
                .param("user", userId)
                .param("name", fileName)
                .param("sha", sha256)
                .param("rows", sheet.rows().size())
                .param("headers", sheet.headers().toArray(String[]::new))
                .param("columns", sheet.columns())
                .update();
        // One statement for all rows: the rows travel as one JSON array of [number, [cells]].
        db.sql("""
                        insert into import_upload_rows (upload_id, row_number, cells)
                        select :id, cast(r ->> 0 as int),
                               array(select c from jsonb_array_elements_text(r -> 1) with ordinality as e(c, i) order by i)
                          from jsonb_array_elements(cast(:rows as jsonb)) as r
                        """)
                .param("id", id)
                .param(
                        "rows",
                        json.writeValueAsString(sheet.rows().stream()
                                .map(r -> List.of(r.number(), r.cells()))
                                .toList()))
                .update();
        return id;
    }

    /** The upload, if it is this user's at this location. */
    Optional<Upload> find(String id, long userId, long locationId) {
        return db.sql("""
                        select id, location_id, file_name, headers, row_count, column_count
                          from import_uploads where id = :id and user_id = :user and location_id = :location
                        """)
                .param("id", id)
                .param("user", userId)
                .param("location", locationId)
                .query((rs, n) -> new Upload(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        texts(rs.getArray(4)),
                        rs.getInt(5),
                        rs.getInt(6)))
                .optional();
    }

    /** The first rows of the upload, in order, for the mapping page's samples. */
    List<ImportSheet.SheetRow> firstRows(String uploadId, int count) {
        return db.sql("""
                        select row_number, cells from import_upload_rows
                         where upload_id = :id order by row_number limit :count
                        """)
                .param("id", uploadId)
                .param("count", count)
                .query((rs, n) -> new ImportSheet.SheetRow(rs.getInt(1), texts(rs.getArray(2))))
                .list();
    }

    /** The upload's sheet as it was read at upload. */
    ImportSheet sheet(Upload upload) {
        return new ImportSheet(upload.headers(), firstRows(upload.id(), Integer.MAX_VALUE));
    }

    /** Of the fingerprints, those imported at the location before, with the appointment each made. */
    Map<String, Long> imported(long locationId, Set<String> fingerprints) {
        Map<String, Long> found = new HashMap<>();
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

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
