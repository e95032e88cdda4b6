package dev.kairos.image;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * An unpacked image's entry point run on this machine: {@code java} is the local one, and the
 * image's absolute paths (the jar, the working directory, {@code KAIROS_*} variables) point into
 * the unpacked file system. Other variables, such as {@code KAIROS_DB_URL}, come from the caller.
 */
final class LocalRun implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private LocalRun(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static LocalRun start(Path rootfs, JsonNode runConfig, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        runConfig.path("Entrypoint").forEach(arg -> command.add(inside(rootfs, arg.asString())));
        if (command.get(0).equals("java")) {
            command.set(
                    0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Path.of(inside(rootfs, runConfig.path("WorkingDir").asString("/")))
                        .toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        for (JsonNode variable : runConfig.path("Env")) {
            String[] nameAndValue = variable.asString().split("=", 2);
            if (nameAndValue[0].startsWith("KAIROS_")) {
                builder.environment().put(nameAndValue[0], inside(rootfs, nameAndValue[1]));
            }
        }
        builder.environment().put("KAIROS_PORT", Integer.toString(port));
        return new LocalRun(builder.start(), log, port);
    }

    /**
     * Asks {@code /actuator/health} until it answers 200 or the process ends; the deadline only
     * guards against a start that hangs.
     */
    Optional<String> health(Duration deadline) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(30))
                .build();
        Instant giveUp = Instant.now().plus(deadline);
        while (process.isAlive() && Instant.now().isBefore(giveUp)) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Optional.of(response.body());
                }
            } catch (IOException notListeningYet) {
                // The server is still starting.
            }
            Thread.sleep(1000);
        }
        return Optional.empty();
    }

    /** The last lines the process printed, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops it as a container runtime would: SIGTERM, so the embedded database stops with it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    private static String inside(Path rootfs, String imagePath) {
        if (!imagePath.startsWith("/")) {
            return imagePath;
        }
        Path local = rootfs.resolve(imagePath.substring(1));
        return Files.exists(local) ? local.toString() : imagePath;
    }
}
