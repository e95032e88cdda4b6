package dev.kairos.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.auth.Caller;
import dev.kairos.directory.Locations;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.KeptMoney;
import dev.kairos.support.Salon;
import dev.kairos.support.Tenant;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Imported appointments carry their services' cost and what was paid for them, as booked ones do,
 * so the paid filters of {@code GET /records} see them right (without the browser ImportPageIT needs).
 */
@KairosIT
class ImportedMoneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ImportRun run;

    @Autowired
    Locations locations;

    @Autowired
    ImportUploads uploads;

    @Test
    void anImportedPaidAppointmentIsFullyPaidAndAnUnpaidOneIsNot() throws Exception {
        Tenant tenant = fixtures.tenant();
        long location = tenant.locationA();
        Salon salon = new Salon(fixtures.db(), location);
        long member = salon.member("Anna Berg");
        salon.service("Haircut", "50.00");
        salon.service("Colouring", "80.00");
        long till = salon.register("Till");
        byte[] file = file(List.of(
                List.of(
                        "05.01.2030 10:00",
                        member,
                        "37493350369",
                        "Ani",
                        3600,
                        "Haircut##Colouring",
                        "50#80",
                        1,
                        till,
                        130),
                List.of("05.01.2030 12:00", member, "37493350380", "Bob", 3600, "Haircut", "50", 2)));
        Caller owner = new Caller(
                new Caller.Partner(0, tenant.chainId()),
                new Caller.User(
                        tenant.owner().userId(),
                        tenant.chainId(),
                        true,
                        tenant.owner().login()));
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
            ImportField.PAID
        };
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int c = 0; c < order.length; c++) {
            columns.put(order[c], c);
        }
        ImportSheet sheet = ImportSheet.read(file);
        String upload = uploads.insert(location, tenant.owner().userId(), "money.xlsx", "-", sheet);
        ImportReport report = run.run(owner, locations.find(location).orElseThrow(), upload, sheet, columns);
        assertThat(report.imported()).as(String.valueOf(report.problems())).isEqualTo(2);

        List<Long> ids = fixtures.db()
                .sql("select id from appointments where location_id = :l order by starts_at")
                .param("l", location)
                .query(Long.class)
                .list();
        assertThat(ids).hasSize(2);
        assertThat(KeptMoney.of(fixtures.db(), ids.get(0))).isEqualTo("130.00 paid 130.00");
        assertThat(KeptMoney.of(fixtures.db(), ids.get(1))).isEqualTo("50.00 paid 0.00");
        Api admin = Api.at(port).as(tenant.adminA());
        assertThat(admin.get("/records/" + location + "?paid=full").data())
                .extracting(r -> r.get("id").asLong())
                .containsExactly(ids.get(0));
        assertThat(admin.get("/records/" + location + "?paid=not_full").data())
                .extracting(r -> r.get("id").asLong())
                .containsExactly(ids.get(1));
    }

    private static byte[] file(List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            sheet.value(0, 0, "Date");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else {
                        sheet.value(r + 1, c, (String) value);
                    }
                }
            }
            workbook.finish();
        }
        return out.toByteArray();
    }
}
