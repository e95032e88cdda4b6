package dev.kairos.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * What the machine is doing: its load averages, and the CPU time used so far by the Kairos server
 * process, by the PostgreSQL backends serving the benchmark's database (other than this one) and
 * by the driver itself.
 * CPU time per request stays meaningful when other work shares the machine; latency does not.
 */
final class Machine {

    /** Linux's USER_HZ: /proc reports CPU time in hundredths of a second. */
    private static final long TICKS_PER_SECOND = 100;

    private final Connection db;
    private final long serverPid;

    /** @param serverPid the Kairos process, or 0 when unknown (its CPU time is then not measured) */
    Machine(Connection db, long serverPid) {
        this.db = db;
        this.serverPid = serverPid;
    }

    /**
     * The load averages as {@code uptime} shows them, and CPU time used so far: by the server, the
     * database's backends and this driver (which shares the machine's cores with them).
     */
    record Snapshot(String load, Duration serverCpu, Duration databaseCpu, Duration driverCpu) {}

    Snapshot now() {
        return new Snapshot(
                loadAverage(),
                serverPid == 0 ? Duration.ZERO : cpu(serverPid),
                databaseCpu(),
                cpu(ProcessHandle.current().pid()));
    }

    private Duration databaseCpu() {
        Duration total = Duration.ZERO;
        try (Statement query = db.createStatement();
                ResultSet rs = query.executeQuery(
                        "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                total = total.plus(cpu(rs.getLong(1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the database's backends", e);
        }
        return total;
    }

    /** User and system time of a process; zero for one that is gone or not readable. */
    private static Duration cpu(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
