package dev.kairos.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An uploaded .xlsx opened as the zip archive it is. Its parts are found through the archive's
 * central directory, so a part Kairos does not need is never unpacked, and each part it does need
 * is read through a {@link BoundedPart}, which stops it while it unpacks.
 */
final class WorkbookArchive implements AutoCloseable {

    /** The most any one part may unpack to: several times what a sheet of 5,000 rows by 100 columns needs. */
    static final long MAX_PART_BYTES = 32L << 20;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private final ZipFile zip;

    private WorkbookArchive(ZipFile zip) {
        this.zip = zip;
    }

    /** @throws ImportRefused when the bytes are not a zip archive */
    static WorkbookArchive open(byte[] bytes) {
        if (!startsWith(bytes, ZIP)) {
            throw startsWith(bytes, OLE2)
                    ? new ImportRefused(
                            "refusal.import.old-xls",
                            "Only Excel .xlsx files can be imported (this is an old .xls file or a password-protected"
                                    + " workbook: save it as .xlsx without a password).")
                    : new ImportRefused("refusal.import.only-xlsx", "Only Excel .xlsx files can be imported.");
        }
        Path file = temporary(bytes);
        try {
            // java.util.zip reads the central directory as bytes and unpacks nothing until asked;
            // OPEN_DELETE removes the file from the disk as soon as it is open.
            return new WorkbookArchive(new ZipFile(file.toFile(), ZipFile.OPEN_READ | ZipFile.OPEN_DELETE));
        } catch (ZipException e) {
            throw new ImportRefused(
                    "refusal.import.zip", "The file is damaged: it is not a readable .xlsx (zip) archive.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    boolean has(String name) {
        return entry(name).isPresent();
    }

    /**
     * The part's content, unpacked as it is read.
     *
     * @throws ImportRefused when the archive has no such part, or it declares more than {@link #MAX_PART_BYTES}
     */
    InputStream open(String name) {
        ZipEntry entry = entry(name)
                .orElseThrow(() -> new ImportRefused(
                        "refusal.import.part-missing",
                        "The file is damaged or not an Excel workbook: it has no part " + name + ".",
                        name));
        if (entry.getSize() > MAX_PART_BYTES) {
            throw BoundedPart.tooLarge(entry.getName(), MAX_PART_BYTES);
        }
        try {
            return new BoundedPart(zip.getInputStream(entry), entry.getName(), entry.getSize(), MAX_PART_BYTES);
        } catch (ZipException e) {
            throw new ImportRefused(
                    "refusal.import.part-unpack",
                    "The file is damaged: its part " + entry.getName() + " cannot be unpacked.",
                    entry.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry of that name; OPC part names are case-insensitive, so another spelling is found too. */
    private Optional<ZipEntry> entry(String name) {
        String wanted = name.startsWith("/") ? name.substring(1) : name;
        ZipEntry exact = zip.getEntry(wanted);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (entry.getName().equalsIgnoreCase(wanted)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Path temporary(byte[] bytes) {
        try {
            Path file = Files.createTempFile("kairos-import-", ".xlsx");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Already gone with OPEN_DELETE, or left to the temporary folder's own cleaning.
        }
    }
}
