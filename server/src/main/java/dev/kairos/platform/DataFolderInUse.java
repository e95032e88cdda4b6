package dev.kairos.platform;

import java.nio.file.Path;

/** Another process holds the data folder: its embedded PostgreSQL is live, not an orphan. */
public final class DataFolderInUse extends RuntimeException {

    private final transient Path folder;
    private final String pid;

    DataFolderInUse(Path folder, String pid) {
        super("The data folder " + folder + " is in use by another Kairos process"
                + (pid == null ? "" : " (pid " + pid + ")")
                + ". One server runs per data folder: stop that one first, or give this one its own"
                + " KAIROS_DATA_DIR.");
        this.folder = folder;
        this.pid = pid;
    }

    public Path folder() {
        return folder;
    }

    /** The pid the lock file names, or null when it could not be read. */
    public String pid() {
        return pid;
    }
}
