package dev.kairos.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the embedded server take only password connections. A cluster made before Kairos set a
 * password was initialised to trust every local connection: it gets the password and a
 * {@code pg_hba.conf} that asks for it, and reloads.
 */
final class PasswordAuthentication {

    static final String HBA = """
            # Written by Kairos: every connection needs the password kept in the data folder
            # (postgres.password). Kairos rewrites this file on each start.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private PasswordAuthentication() {}

    static void require(EmbeddedPostgres postgres, Path dataDir, String password) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        if (Files.isRegularFile(hba)
                && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
            return;
        }
        try (Connection db = postgres.getPostgresDatabase().getConnection();
                Statement sql = db.createStatement()) {
            // The password is hex, so it needs no quoting beyond the literal's.
            sql.execute("alter user postgres password '" + password + "'");
            Files.writeString(hba, HBA, StandardCharsets.UTF_8);
            sql.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's password in " + dataDir, e);
        }
    }
}
