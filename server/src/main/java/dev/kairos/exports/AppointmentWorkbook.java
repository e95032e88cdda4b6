package dev.kairos.exports;

import dev.kairos.appointments.RecordParts;
import dev.kairos.appointments.RecordViews.Appointment;
import dev.kairos.appointments.Vocabulary;
import dev.kairos.questionnaires.AnswerView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes appointments as an .xlsx sheet, one row each, in the columns a
 * front desk reads and in the formats the import takes back: date and time as
 * {@code 04.01.2022 10:30} ({@link Vocabulary#FILE_DATE_TIME}), duration in seconds, phone digits
 * without {@code +}, services joined by {@code ##} and their prices by {@code #}. Status, source and
 * creator are the words the Overview shows, in the language of whoever exported. Every text cell goes
 * through {@link SafeText}.
 */
final class AppointmentWorkbook {

    static final DateTimeFormatter DATE_TIME = Vocabulary.FILE_DATE_TIME;

    private record Column(String title, double width, Function<Appointment, Object> value) {}

    private final List<Column> columns;

    /**
     * @param userNames who created appointments, by user id
     * @param language the language of the status, source and creator words
     */
    AppointmentWorkbook(Map<Long, String> userNames, Vocabulary words, Locale language) {
        this.columns = List.of(
                new Column("ID", 10, a -> number(a.id())),
                new Column("Date", 17, a -> a.localStart().format(DATE_TIME)),
                new Column("Duration (s)", 12, a -> number(a.lengthSeconds())),
                new Column("Team member ID", 10, a -> number(a.row().teamMemberId())),
                new Column(
                        "Team member",
                        22,
                        a -> a.staff() == null ? "" : a.staff().name()),
                new Column("Service IDs", 14, a -> services(a, l -> String.valueOf(l.serviceId()), ",")),
                new Column("Services", 30, a -> services(a, RecordParts.Line::title, "##")),
                new Column("Service prices", 14, a -> services(a, l -> plain(l.firstCost()), "#")),
                new Column("Client", 22, a -> client(a, RecordParts.RecordClient::displayName)),
                new Column("Client phone", 16, a -> phoneDigits(client(a, RecordParts.RecordClient::phone))),
                new Column("Status", 12, a -> words.status(a.row().status().dbName(), a.attendance(), language)),
                new Column("Cost", 10, Appointment::cost),
                new Column("Paid", 10, Appointment::paid),
                new Column("Comment", 30, a -> a.row().comment()),
                new Column(
                        "Created",
                        17,
                        a -> localTime(a.row().stamps().createdAt(), a.row().zone())),
                new Column("Created by", 20, a -> words.createdBy(a.row().online(), creator(a), userNames, language)),
                new Column(
                        "Source",
                        14,
                        a -> words.source(a.row().online(), a.row().source(), language)),
                new Column("Answers", 40, AppointmentWorkbook::answers));
    }

    byte[] write(List<Appointment> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + records.size() * 200);
        try (Workbook workbook = new Workbook(out, "Kairos", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Appointments");
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).title());
                sheet.width(c, columns.get(c).width());
            }
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
            int row = 1;
            for (Appointment record : records) {
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

    private static Number number(Long value) {
        return value == null || value == 0 ? null : value;
    }

    private static String localTime(Instant at, ZoneId zone) {
        return at == null ? "" : LocalDateTime.ofInstant(at, zone).format(DATE_TIME);
    }

    /** Who created the appointment, 0 for nobody (an online booking). */
    static long creator(Appointment a) {
        return a.row().createdUserId() == null ? 0 : a.row().createdUserId();
    }

    private static String services(Appointment a, Function<RecordParts.Line, String> field, String separator) {
        return a.lines().stream().map(field).collect(Collectors.joining(separator));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static String client(Appointment a, Function<RecordParts.RecordClient, String> field) {
        return a.client() != null && field.apply(a.client()) != null ? field.apply(a.client()) : "";
    }

    private static String phoneDigits(String e164) {
        return e164.startsWith("+") ? e164.substring(1) : e164;
    }

    /** Each answer as {@code question: value}, one a line; null when there are none. */
    private static String answers(Appointment a) {
        List<AnswerView> answers = a.answers();
        return answers.isEmpty()
                ? null
                : answers.stream().map(q -> q.question() + ": " + q.value()).collect(Collectors.joining("\n"));
    }
}
