package dev.kairos.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records list under load: {@code GET /records/{location}} with the filters administrators and
 * integrators use most, each a page of 50 with its total_count, on a database of 1,022,000
 * appointments across 20 locations ({@code load/records-seed.sql}). Reports median, p95 and p99 per
 * filter with one client and with several, against the target of p95 ≤ 20 ms.
 */
public final class RecordsBenchmark {

    private static final double TARGET_P95_MILLIS = 20;

    private RecordsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        try (Connection db = DriverManager.getConnection(options.dbUrl(), options.dbUser(), "")) {
            if (options.seed()) {
                log("seeding 1,022,000 appointments");
                Seeder.seed(db, "/load/records-seed.sql");
            }
            long chain = longs(db, "select max(id) from chains where title = 'Records benchmark'")
                    .get(0);
            Kairos api = Kairos.at(options.server(), Seeder.partnerToken(db, chain), Seeder.userToken(db, chain));
            List<Long> locations = longs(db, "select id from locations where chain_id = " + chain + " order by id");
            List<Long> members = longs(
                    db,
                    "select m.id from team_members m join locations l on l.id = m.location_id" + " where l.chain_id = "
                            + chain + " order by m.location_id, m.id");
            long appointments = longs(
                            db,
                            "select count(*) from appointments a join locations l on l.id = a.location_id"
                                    + " where l.chain_id = " + chain)
                    .get(0);
            Map<String, ClosedLoop.Call> reads =
                    reads(api, locations, members, LocalDate.now(ZoneId.of("Europe/Berlin")));
            Machine machine = new Machine(db, options.serverPid());
            ClosedLoop.warmUp(machine, options, reads);
            List<Measurement> measured = ClosedLoop.measureReads(machine, options, reads);
            Report report = new Report()
                    .line(
                            "Run of %s against %s: %d cores, Java %s; %,d appointments in %d locations.",
                            Instant.now(),
                            options.server(),
                            Runtime.getRuntime().availableProcessors(),
                            System.getProperty("java.version"),
                            appointments,
                            locations.size())
                    .line("")
                    .table(measured)
                    .targetsHeader();
            reads.keySet().forEach(scenario -> report.percentileTarget(measured, scenario, 95, TARGET_P95_MILLIS));
            System.out.println(report);
            Path out = Path.of(options.out());
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report.toString());
        }
    }

    /** The filters, each rotating over the 20 locations (and their team members) so no one page stays hot. */
    private static Map<String, ClosedLoop.Call> reads(
            Kairos api, List<Long> locations, List<Long> members, LocalDate today) {
        int n = locations.size();
        int perLocation = members.size() / n;
        String month =
                "start_date=" + today.withDayOfMonth(1) + "&end_date=" + today.withDayOfMonth(today.lengthOfMonth());
        Map<String, ClosedLoop.Call> reads = new LinkedHashMap<>();
        reads.put("records, one month", i -> api.get(records(locations.get(i % n)) + month));
        reads.put(
                "records, one team member, one month",
                i -> api.get(records(locations.get(i % members.size() / perLocation)) + "staff_id="
                        + members.get(i % members.size()) + "&" + month));
        reads.put(
                "records, not fully paid, last 30 days",
                i -> api.get(records(locations.get(i % n)) + "paid=not_full&start_date=" + today.minusDays(30)
                        + "&end_date=" + today));
        reads.put(
                "records, client name search",
                i -> api.get(records(locations.get(i % n)) + "client_query=Client" + (100 + i % 4000)));
        reads.put(
                "records, changed since yesterday (sync)",
                i -> api.get(records(locations.get(i % n)) + "with_deleted=1&changed_after=" + today.minusDays(1)
                        + "T00:00:00"));
        reads.put("records, no filter, page 20", i -> api.get(records(locations.get(i % n)) + "page=20"));
        return reads;
    }

    private static String records(long location) {
        return "/api/v1/records/" + location + "?count=50&";
    }

    private static List<Long> longs(Connection db, String sql) throws Exception {
        List<Long> values = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static void log(String message) {
        System.err.println("[records] " + Instant.now() + " " + message);
    }
}
