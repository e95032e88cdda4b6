package dev.kairos.imports;

import dev.kairos.auth.Caller;
import dev.kairos.directory.Locations;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Salon;
import dev.kairos.support.Tenant;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: times a 5,000-row import (read the .xlsx and keep its rows, as the upload does; then
 * load them, check every row and write all in one transaction, as the import does) on the real PostgreSQL, each run into a fresh location. Run it alone with
 * {@code mvn -pl engine,server -am verify -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results go to docs/benchmarks.md.
 */
@KairosIT
class ImportBenchmark {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ImportRun run;

    @Autowired
    Locations locations;

    @Autowired
    ImportUploads uploads;

    @Test
    void fiveThousandRows() throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Tenant tenant = fixtures.tenant();
            Salon salon = new Salon(fixtures.db(), tenant.locationA());
            List<Long> members = new ArrayList<>();
            for (int m = 0; m < 20; m++) {
                members.add(salon.member("Member " + m));
            }
            salon.service("Haircut", "50.00");
            salon.service("Colouring", "80.00");
            long till = salon.register("Till");
            byte[] file = file(members, till);
            Caller owner = new Caller(
                    new Caller.Partner(0, tenant.chainId()),
                    new Caller.User(
                            tenant.owner().userId(),
                            tenant.chainId(),
                            true,
                            tenant.owner().login()));
            Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
            ImportField[] order = {
                ImportField.DATE,
                ImportField.MEMBER_ID,
                ImportField.PHONE,
                ImportField.CLIENT_NAME,
                ImportField.DURATION,
                ImportField.SERVICE_NAMES,
                ImportField.PRICES,
                ImportField.STATUS_NUMBER,
                ImportField.REGISTER_ID,
                ImportField.PAID,
                ImportField.COMMENT
            };
            for (int c = 0; c < order.length; c++) {
                columns.put(order[c], c);
            }
            long start = System.nanoTime();
            ImportSheet read = ImportSheet.read(file);
            String upload = uploads.insert(tenant.locationA(), tenant.owner().userId(), "bench.xlsx", "-", read);
            long stored = System.nanoTime();
            ImportSheet sheet =
                    uploads.sheet(uploads.find(upload, tenant.owner().userId(), tenant.locationA())
                            .orElseThrow());
            ImportReport report =
                    run.run(owner, locations.find(tenant.locationA()).orElseThrow(), upload, sheet, columns);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (!report.applied() || report.imported() != 5_000) {
                throw new IllegalStateException(
                        "benchmark import failed: " + report.problems().subList(0, 3));
            }
            System.out.println("IMPORT-BENCH run " + i + ": upload (read the .xlsx, keep its rows) "
                    + (stored - start) / 1_000_000 + " ms");
            times.add(ms);
            System.out.println("IMPORT-BENCH run " + i + ": 5000 rows read, kept, checked and written in " + ms
                    + " ms (file "
                    + file.length / 1024 + " KiB)");
        }
        List<Long> measured = times.subList(2, times.size()).stream().sorted().toList();
        System.out.println("IMPORT-BENCH after 2 warm-up runs: min " + measured.get(0) + " ms, median "
                + measured.get(measured.size() / 2) + " ms, max " + measured.get(measured.size() - 1) + " ms");
    }

    private byte[] file(List<Long> members, long till) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        try (Workbook workbook = new Workbook(out, "bench", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            sheet.value(0, 0, "Date");
            LocalDateTime first = LocalDateTime.of(2031, 3, 3, 8, 0);
            for (int r = 0; r < 5_000; r++) {
                int row = r + 1;
                LocalDateTime at = first.plusDays(r / 20 / 10).plusHours(r / 20 % 10);
                boolean arrived = r % 3 == 0;
                sheet.value(row, 0, at.format(format));
                sheet.value(row, 1, members.get(r % 20));
                sheet.value(row, 2, "374933" + String.format("%05d", r));
                sheet.value(row, 3, "Client " + r);
                sheet.value(row, 4, 3600);
                sheet.value(row, 5, r % 2 == 0 ? "Haircut" : "Haircut##Colouring");
                sheet.value(row, 6, r % 2 == 0 ? "50" : "50#80");
                sheet.value(row, 7, arrived ? 1 : 2);
                if (arrived) {
                    sheet.value(row, 8, till);
                    sheet.value(row, 9, r % 2 == 0 ? 50 : 130);
                }
                sheet.value(row, 10, "imported row " + r);
            }
            workbook.finish();
        }
        return out.toByteArray();
    }
}
