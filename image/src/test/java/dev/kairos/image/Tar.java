package dev.kairos.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Unpacks a tar stream into a folder: directories and regular files, never outside the folder. */
final class Tar {

    private Tar() {}

    /** Unpacks {@code tar} (closed afterwards) into {@code folder}, replacing files already there. */
    static void extract(InputStream tar, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        try (TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("Entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    // Jib writes directories and files only; anything else would be a change to look at.
                    throw new IOException("Unexpected entry (not a file or directory): " + entry.getName());
                }
            }
        }
    }
}
