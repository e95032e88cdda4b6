package dev.kairos.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The import's template file: one column per field, headed so that each maps to its field by
 * itself, and an example row in the formats the import takes.
 */
final class ImportTemplate {

    /** The example row, in the order of {@link ImportField#values()}. */
    private static final List<String> EXAMPLE = List.of(
            "04.01.2030 10:30",
            "",
            "Anna",
            "+4915112345678",
            "Ida Meyer",
            "3600",
            "",
            "Haircut##Colour",
            "30#45.50",
            "0#10",
            "Bring photos",
            "2",
            "",
            "",
            "");

    private ImportTemplate() {}

    static byte[] write() {
        ImportField[] fields = ImportField.values();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Kairos", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Appointments");
            for (int c = 0; c < fields.length; c++) {
                sheet.value(0, c, fields[c].header());
                // Text cells, so that Excel keeps a date, a phone and "0#10" as written.
                sheet.style(1, c).format("@").set();
                sheet.value(1, c, c < EXAMPLE.size() ? EXAMPLE.get(c) : "");
                sheet.width(c, 20);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
