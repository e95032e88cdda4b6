package dev.kairos.exports;

import dev.kairos.appointments.Vocabulary;
import dev.kairos.questionnaires.AnswerView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes appointments (Altegio record objects) as an .xlsx sheet, one row each, in the columns a
 * front desk reads and in the formats the import takes back: date and time as
 * {@code 04.01.2022 10:30} ({@link Vocabulary#FILE_DATE_TIME}), duration in seconds, phone digits
 * without {@code +}, services joined by {@code ##} and their prices by {@code #}. Status, source and
 * creator are the words the Overview shows, in the language of whoever exported. Every text cell goes
 * through {@link SafeText}.
 */
final class AppointmentWorkbook {

    static final DateTimeFormatter DATE_TIME = Vocabulary.FILE_DATE_TIME;

    private record Column(String title, double width, Function<Map<String, Object>, Object> value) {}

    private final List<Column> columns;

    /**
     * @param userNames who created appointments, by user id
     * @param language the language of the status, source and creator words
     */
    AppointmentWorkbook(Map<Long, String> userNames, Vocabulary words, Locale language) {
        this.columns = List.of(
                new Column("ID", 10, r -> number(r.get("id"))),
                new Column("Date", 17, r -> localTime(r.get("datetime"))),
                new Column("Duration (s)", 12, r -> number(r.get("seance_length"))),
                new Column("Team member ID", 10, r -> number(r.get("staff_id"))),
                new Column("Team member", 22, r -> staffName(r)),
                new Column("Service IDs", 14, r -> services(r, "id", ",")),
                new Column("Services", 30, r -> services(r, "title", "##")),
                new Column("Service prices", 14, r -> services(r, "first_cost", "#")),
                new Column("Client", 22, r -> client(r, "display_name")),
                new Column("Client phone", 16, r -> phoneDigits(client(r, "phone"))),
                new Column(
                        "Status",
                        12,
                        r -> words.status(
                                (String) r.get("status"), ((Number) r.get("attendance")).intValue(), language)),
                new Column("Cost", 10, AppointmentWorkbook::cost),
                new Column("Paid", 10, AppointmentWorkbook::paid),
                new Column("Comment", 30, r -> r.get("comment")),
                new Column("Created", 17, r -> localTime(((Map<?, ?>) r.get("timestamps")).get("created_at"))),
                new Column(
                        "Created by",
                        20,
                        r -> words.createdBy(
                                online(r), ((Number) r.get("created_user_id")).longValue(), userNames, language)),
                new Column("Source", 14, r -> words.source(online(r), (String) r.get("source"), language)),
                new Column("Answers", 40, AppointmentWorkbook::answers));
    }

    byte[] write(List<Map<String, Object>> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + records.size() * 200);
        try (Workbook workbook = new Workbook(out, "Kairos", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Appointments");
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).title());
                sheet.width(c, columns.get(c).width());
            }
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
            int row = 1;
            for (Map<String, Object> record : records) {
                for (int c = 0; c < columns.size(); c++) {
                    cell(sheet, row, c, columns.get(c).value().apply(record));
                }
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Number n) {
            sheet.value(row, column, n);
        } else if (value != null) {
            sheet.value(row, column, SafeText.of(value.toString()));
        }
    }

    private static Number number(Object value) {
        return value instanceof Number n && n.longValue() != 0 ? n : null;
    }

    private static String localTime(Object iso) {
        return iso == null || iso.toString().isEmpty()
                ? ""
                : OffsetDateTime.parse(iso.toString()).format(DATE_TIME);
    }

    private static String staffName(Map<String, Object> record) {
        return record.get("staff") instanceof Map<?, ?> staff ? String.valueOf(staff.get("name")) : "";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> record) {
        return (List<Map<String, Object>>) record.get("services");
    }

    private static String services(Map<String, Object> record, String field, String separator) {
        return lines(record).stream().map(l -> plain(l.get(field))).collect(Collectors.joining(separator));
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static String client(Map<String, Object> record, String field) {
        return record.get("client") instanceof Map<?, ?> client && client.get(field) != null
                ? client.get(field).toString()
                : "";
    }

    private static String phoneDigits(String e164) {
        return e164.startsWith("+") ? e164.substring(1) : e164;
    }

    /** Each answer as {@code question: value}, one a line; null when there are none. */
    @SuppressWarnings("unchecked")
    private static String answers(Map<String, Object> record) {
        List<AnswerView> answers = (List<AnswerView>) record.getOrDefault("answers", List.of());
        return answers.isEmpty()
                ? null
                : answers.stream().map(a -> a.question() + ": " + a.value()).collect(Collectors.joining("\n"));
    }

    private static boolean online(Map<String, Object> record) {
        return Boolean.TRUE.equals(record.get("online"));
    }

    private static BigDecimal cost(Map<String, Object> record) {
        return lines(record).stream().map(l -> (BigDecimal) l.get("cost")).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal paid(Map<String, Object> record) {
        List<Map<String, Object>> payments =
                (List<Map<String, Object>>) record.getOrDefault("finance_transactions", List.of());
        return payments.stream().map(p -> (BigDecimal) p.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
