package dev.kairos.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Kairos server as a separate JVM on the test's classpath, with the embedded PostgreSQL under
 * its own data directory and never an inherited {@code KAIROS_DB_URL}. Its output goes to a log
 * file next to the data, shown when a test fails.
 */
public final class KairosProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private KairosProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the server on a free port with {@code KAIROS_DATA_DIR=dataDir}, plus {@code args} and
     * {@code env}. Tests fire bursts from one address, so the request limits and sign-in throttling
     * are off unless {@code env} sets them; {@link #startAsShipped} keeps the defaults.
     */
    public static KairosProcess start(Path dataDir, Map<String, String> env, String... args) {
        Map<String, String> unlimited = new HashMap<>(Map.of(
                "KAIROS_RATE_LIMIT_PER_SECOND", "0",
                "KAIROS_RATE_LIMIT_PER_MINUTE", "0",
                "KAIROS_SIGN_IN_FAILURES", "0"));
        unlimited.putAll(env);
        return startAsShipped(dataDir, unlimited, args);
    }

    /** Starts the server as {@link #start} does, but with the request limits and sign-in throttling it ships with. */
    public static KairosProcess startAsShipped(Path dataDir, Map<String, String> env, String... args) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.kairos.KairosApplication",
                "--server.port=" + port));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(dataDir);
            Path log = Files.createTempFile(dataDir, "kairos-", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("KAIROS_") || k.startsWith("SPRING_"));
            builder.environment()
                    .put("KAIROS_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().putAll(env);
            return new KairosProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The environment of a second node on the database {@code dataSource} connects to, with the
     * entries of {@code more}: what a test passes to {@link #start} to run two nodes on one database.
     */
    public static Map<String, String> sharing(HikariDataSource dataSource, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("KAIROS_DB_URL", dataSource.getJdbcUrl());
        env.put("KAIROS_DB_USER", dataSource.getUsername());
        env.put("KAIROS_DB_PASSWORD", dataSource.getPassword() == null ? "" : dataSource.getPassword());
        return env;
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** Waits until {@code /actuator/health} answers UP; fails with the server's output otherwise. */
    public void awaitHealthy(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "Kairos exited with " + process.exitValue() + " before it was healthy:\n" + output());
            }
            if (healthy()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("Kairos was not healthy within " + patience + ":\n" + output());
    }

    private boolean healthy() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("Kairos did not exit within " + patience + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: the JVM dies at once, without shutdown hooks, as in a crash. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: a graceful stop, shutdown hooks included; returns the exit code. */
    public int stop(Duration patience) {
        process.destroy();
        return awaitExit(patience);
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Kills the JVM if it still runs; for clean-up after a failed test. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The postmaster running on {@code dataDir/pg}, if its pid file names a live process. */
    public static Optional<ProcessHandle> postgres(Path dataDir) {
        return pidFileLine(dataDir, 0)
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    /**
     * A JDBC connection to the embedded PostgreSQL on {@code dataDir/pg}; its port is line 4 of
     * postmaster.pid, its password in {@code dataDir/postgres.password}.
     */
    public static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(dataDir), "postgres", password(dataDir));
    }

    /** The JDBC URL of the embedded PostgreSQL on {@code dataDir/pg}, for a second node's {@code KAIROS_DB_URL}. */
    public static String jdbcUrl(Path dataDir) {
        String port = pidFileLine(dataDir, 3).orElseThrow(() -> new AssertionError("no postmaster.pid in " + dataDir));
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The embedded PostgreSQL's password, which Kairos keeps in the data folder. */
    public static String password(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("postgres.password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a postgres the test left behind: SIGTERM, then SIGKILL after 30 s. */
    public static void stopPostgres(Path dataDir) {
        postgres(dataDir).ifPresent(pg -> {
            pg.destroy();
            try {
                pg.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                pg.destroyForcibly();
            }
        });
    }

    private static Optional<String> pidFileLine(Path dataDir, int line) {
        Path pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.size() > line && lines.get(line).strip().matches("\\d+")
                    ? Optional.of(lines.get(line).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
