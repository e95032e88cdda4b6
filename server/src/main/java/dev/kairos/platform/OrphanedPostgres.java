package dev.kairos.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by a Kairos process that was killed. Its postmaster.pid names
 * it; stopping it gracefully (SIGTERM, a smart shutdown) lets the next start take the data
 * directory over with every committed row.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {}

    static void stopIfRunning(Path dataDir, Duration patience) throws IOException {
        Optional<ProcessHandle> orphan = postmaster(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Found an orphaned PostgreSQL (pid {}) on {}; stopping it", process.pid(), dataDir);
        process.destroy();
        if (!awaitExit(process, patience)) {
            log.warn(
                    "PostgreSQL pid {} did not stop in {}; killing it (WAL recovery follows)", process.pid(), patience);
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        }
    }

    private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedPostgres::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        // The pid file may be stale and its pid reused by an unrelated process: only stop postgres.
        return process.info().command().map(c -> c.contains("postgres")).orElse(false);
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }
}
