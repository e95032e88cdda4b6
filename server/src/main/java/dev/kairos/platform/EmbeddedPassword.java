package dev.kairos.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded PostgreSQL's password: 32 random bytes in hex, made on first start and kept in
 * {@code postgres.password} in the data folder, readable by its owner only (mode 600 where the
 * file system has POSIX permissions).
 */
final class EmbeddedPassword {

    static final String FILE = "postgres.password";

    private EmbeddedPassword() {}

    static Path file(Path folder) {
        return folder.resolve(FILE);
    }

    /** Reads the folder's password, making it first if there is none. */
    static String of(Path folder) throws IOException {
        Path file = file(folder);
        if (Files.isRegularFile(file)) {
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (password.matches("[0-9a-f]{64}")) {
                ownerOnly(file);
                return password;
            }
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Path scratch = folder.resolve(FILE + ".new");
        Files.deleteIfExists(scratch);
        if (posix()) {
            Files.createFile(
                    scratch, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(scratch, password + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE);
        Files.move(scratch, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return password;
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
