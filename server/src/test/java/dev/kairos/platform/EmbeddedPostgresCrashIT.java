package dev.kairos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
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
 * Kairos killed with SIGKILL leaves its embedded PostgreSQL behind; the next start on the same data
 * directory must take it over and keep every committed row. Runs real server JVMs, so only with the
 * embedded database.
 */
@DisabledIfEnvironmentVariable(named = "KAIROS_DB_URL", matches = ".+")
class EmbeddedPostgresCrashIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final int ROWS = 250;

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
        assertThat(KairosProcess.postgres(dataDir))
                .as("postgres left running on %s", dataDir)
                .isEmpty();
    }

    @Test
    void everyCommittedRowSurvivesAKillDashNine() throws Exception {
        first = KairosProcess.start(dataDir, Map.of());
        first.awaitHealthy(PATIENCE);
        String tag = "crash-" + UUID.randomUUID();
        try (Connection db = KairosProcess.connect(dataDir)) {
            insertChains(db, tag);
        }
        long postgresBeforeCrash = KairosProcess.postgres(dataDir).orElseThrow().pid();

        first.kill();

        second = KairosProcess.start(dataDir, Map.of());
        second.awaitHealthy(PATIENCE);
        assertThat(KairosProcess.postgres(dataDir))
                .hasValueSatisfying(pg -> assertThat(pg.pid()).isNotEqualTo(postgresBeforeCrash));
        try (Connection db = KairosProcess.connect(dataDir)) {
            assertThat(countChains(db, tag)).isEqualTo(ROWS);
        }
        assertThat(second.output()).contains("orphaned PostgreSQL");

        assertThat(second.stop(PATIENCE)).as(second.output()).isIn(0, 143);
        assertThat(KairosProcess.postgres(dataDir))
                .as("a graceful stop stops postgres too")
                .isEmpty();
        assertThat(ProcessHandle.of(postgresBeforeCrash).filter(ProcessHandle::isAlive))
                .isEmpty();
    }

    private static void insertChains(Connection db, String tag) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into chains (title) values (?)")) {
            for (int i = 0; i < ROWS; i++) {
                insert.setString(1, tag + "-" + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static int countChains(Connection db, String tag) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("select count(*) from chains where title like ?")) {
            count.setString(1, tag + "-%");
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
