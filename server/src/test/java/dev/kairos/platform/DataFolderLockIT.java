package dev.kairos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * One server per data folder. A second start on a folder in use is refused at once, naming the
 * folder and the process that holds it, and leaves the first server and its database alone; after
 * a {@code kill -9} the folder is free and the next start takes the orphaned database over. The
 * embedded database asks for the password kept, owner-readable only, in the folder.
 */
@DisabledIfEnvironmentVariable(named = "KAIROS_DB_URL", matches = ".+")
class DataFolderLockIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    private KairosProcess first;
    private KairosProcess second;

    @AfterEach
    void cleanUp() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        KairosProcess.stopPostgres(dataDir);
    }

    @Test
    void aSecondServerOnOneFolderIsRefusedAndTheFirstKeepsItsDatabase() throws Exception {
        first = KairosProcess.start(dataDir, Map.of());
        first.awaitHealthy(PATIENCE);
        long postgres = KairosProcess.postgres(dataDir).orElseThrow().pid();
        String tag = "lock-" + UUID.randomUUID();
        try (Connection db = KairosProcess.connect(dataDir)) {
            insertChain(db, tag);
        }

        second = KairosProcess.start(dataDir, Map.of());
        assertThat(second.awaitExit(PATIENCE)).as(second.output()).isNotZero();
        assertThat(second.output())
                .contains(dataDir.toAbsolutePath().toString())
                .contains("pid " + first.process().pid())
                .doesNotContain("orphaned PostgreSQL");

        second = KairosProcess.start(
                dataDir,
                Map.of("KAIROS_OWNER_PASSWORD", "a long owner password"),
                "--setup",
                "--chain=Other",
                "--login=other@example.com");
        assertThat(second.awaitExit(PATIENCE)).as(second.output()).isNotZero();
        assertThat(second.output()).contains("pid " + first.process().pid());

        first.awaitHealthy(PATIENCE);
        assertThat(KairosProcess.postgres(dataDir))
                .hasValueSatisfying(pg -> assertThat(pg.pid()).isEqualTo(postgres));
        try (Connection db = KairosProcess.connect(dataDir)) {
            assertThat(countChains(db, tag)).isEqualTo(1);
        }

        first.kill();
        second = KairosProcess.start(dataDir, Map.of());
        second.awaitHealthy(PATIENCE);
        try (Connection db = KairosProcess.connect(dataDir)) {
            assertThat(countChains(db, tag)).isEqualTo(1);
        }
        assertThat(second.output()).contains("orphaned PostgreSQL");
    }

    @Test
    void theEmbeddedDatabaseAsksForThePasswordKeptInTheFolder() throws Exception {
        first = KairosProcess.start(dataDir, Map.of());
        first.awaitHealthy(PATIENCE);
        Path passwordFile = dataDir.resolve("postgres.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
        String url = KairosProcess.jdbcUrl(dataDir);

        assertRefused(url, "");
        assertRefused(url, "postgres");
        try (Connection db = DriverManager.getConnection(url, "postgres", KairosProcess.password(dataDir));
                ResultSet rs = db.createStatement().executeQuery("show synchronous_commit")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("on");
        }
    }

    private static void assertRefused(String url, String password) {
        try (Connection db = DriverManager.getConnection(url, "postgres", password)) {
            throw new AssertionError("connected without the password: " + db);
        } catch (SQLException e) {
            // 28P01: wrong password; 08004: the server asked for a password and none was given.
            assertThat(e.getSQLState()).as(e.getMessage()).isIn("28P01", "08004");
        }
    }

    private static void insertChain(Connection db, String tag) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into chains (title) values (?)")) {
            insert.setString(1, tag);
            insert.executeUpdate();
        }
    }

    private static int countChains(Connection db, String tag) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("select count(*) from chains where title = ?")) {
            count.setString(1, tag);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
