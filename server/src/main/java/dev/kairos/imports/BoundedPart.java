package dev.kairos.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One part of an uploaded archive as it unpacks, refused the moment it passes the size its zip
 * entry declares or the limit, so that a zip bomb is stopped while it is read, never after.
 */
final class BoundedPart extends FilterInputStream {

    private final String name;
    private final long declared;
    private final long limit;
    private long read;

    /**
     * @param declared the unpacked size the archive declares, or -1 when it declares none
     * @param limit the most that is read before the part is refused
     */
    BoundedPart(InputStream in, String name, long declared, long limit) {
        super(in);
        this.name = name;
        this.declared = declared;
        this.limit = limit;
    }

    /** How many bytes have been unpacked so far. */
    long bytesRead() {
        return read;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are unpacked all the same, so they are read here, and counted.
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long skipped = 0;
        while (skipped < n) {
            int got = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (got < 0) {
                break;
            }
            skipped += got;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) {
        read += n;
        if (declared >= 0 && read > declared) {
            throw new ImportRefused(
                    "refusal.import.part-longer",
                    "The file is damaged: its part " + name + " unpacks to more than the "
                            + String.format("%,d", declared) + " bytes it declares.",
                    name,
                    declared);
        }
        if (read > limit) {
            throw tooLarge(name, limit);
        }
    }

    static ImportRefused tooLarge(String name, long limit) {
        return new ImportRefused(
                "refusal.import.part-too-large",
                "The file is too large once unpacked: its part " + name + " holds more than "
                        + (limit >> 20) + " MB, far more than a sheet of "
                        + String.format("%,d", ImportSheet.MAX_ROWS) + " rows needs. Save it again from Excel, "
                        + "with only the rows to import, and upload that file.",
                name,
                limit >> 20,
                ImportSheet.MAX_ROWS);
    }
}
