package dev.kairos.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server kept under a data directory. One server per directory per JVM:
 * several Spring contexts (as in a test run) share it, and the last one to let go stops it. One
 * process per data folder (the directory's parent): the first holds {@link DataFolderLock} until it
 * stops, a second is refused before it looks for an orphaned server. The server commits durably
 * and takes connections only with the password kept in the data folder ({@link EmbeddedPassword}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path dataDir;
    private final EmbeddedPostgres postgres;
    private final String password;
    private final DataFolderLock lock;
    private int users;

    private EmbeddedPostgresServer(Path dataDir, EmbeddedPostgres postgres, String password, DataFolderLock lock) {
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.password = password;
        this.lock = lock;
    }

    /** Starts the server for {@code dataDir}, or joins the one this JVM already runs there. */
    public static synchronized EmbeddedPostgresServer acquire(Path dataDir, boolean clean) {
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgresServer server = RUNNING.computeIfAbsent(dir, d -> start(d, clean));
        server.users++;
        return server;
    }

    private static EmbeddedPostgresServer start(Path dir, boolean clean) {
        Path folder = dir.getParent() == null ? dir : dir.getParent();
        DataFolderLock lock = DataFolderLock.acquire(folder);
        try {
            Files.createDirectories(dir);
            OrphanedPostgres.stopIfRunning(dir, Duration.ofSeconds(60));
            String password = EmbeddedPassword.of(folder);
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // A new cluster asks for the password from its first start on.
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("pwfile", EmbeddedPassword.file(folder).toString())
                    .setConnectConfig("password", password)
                    .setServerConfig("max_connections", "200")
                    // A booking confirmed to a client must survive a power cut.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .start();
            PasswordAuthentication.require(postgres, dir, password);
            return new EmbeddedPostgresServer(dir, postgres, password, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, io);
            }
            throw (RuntimeException) e;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The password of the {@code postgres} user. */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        synchronized (EmbeddedPostgresServer.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(dataDir);
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            lock.close();
        }
    }
}
