package dev.kairos.demo;

import dev.kairos.platform.DatabaseProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code demo-credentials.json} in the data directory (the parent of the embedded database's
 * directory, {@code ./data} by default), readable by its owner only.
 */
@Component
class DemoCredentialsFile {

    private final Path path;
    private final JsonMapper json;

    DemoCredentialsFile(DatabaseProperties database, JsonMapper json) {
        Path dataDir = database.dataDir().toAbsolutePath().normalize().getParent();
        this.path = dataDir.resolve("demo-credentials.json");
        this.json = json;
    }

    Path path() {
        return path;
    }

    /** The password the file holds, if it exists and can be read. */
    Optional<String> password() {
        try {
            JsonNode node = Files.isRegularFile(path) ? json.readTree(path.toFile()) : null;
            return Optional.ofNullable(node)
                    .map(n -> n.get("password"))
                    .filter(JsonNode::isString)
                    .map(JsonNode::asString);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(DemoCredentials credentials, String baseUrl) {
        try {
            Files.createDirectories(path.getParent());
            Path temp = Files.createTempFile(path.getParent(), "demo-credentials", ".tmp");
            restrictToOwner(temp);
            Files.writeString(
                    temp, json.writerWithDefaultPrettyPrinter().writeValueAsString(credentials.asJson(baseUrl)) + "\n");
            Files.move(
                    temp,
                    path,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + path, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
