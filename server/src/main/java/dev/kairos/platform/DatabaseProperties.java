package dev.kairos.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With no {@code url} (the {@code KAIROS_DB_URL} environment variable),
 * Kairos starts an embedded PostgreSQL whose files live under {@code dataDir}.
 *
 * @param url JDBC URL of an external PostgreSQL, or null for the embedded one
 * @param user user name for the external database
 * @param password password for the external database
 * @param dataDir directory of the embedded database cluster
 * @param cleanDataDir wipe the embedded cluster on start (tests only)
 * @param maxPoolSize connection pool size
 * @param minIdle connections the pool keeps open when idle (the pool size unless set): the test
 *     suite keeps it low, since it holds one pool per cached application context on one server
 */
@ConfigurationProperties("kairos.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        Path dataDir,
        boolean cleanDataDir,
        Integer maxPoolSize,
        Integer minIdle) {

    public DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data", "pg");
        }
        if (maxPoolSize == null) {
            maxPoolSize = 20;
        }
        if (minIdle == null || minIdle > maxPoolSize) {
            minIdle = maxPoolSize;
        }
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}
