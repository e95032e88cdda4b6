package dev.kairos.admin;

import dev.kairos.appointments.RecordParts;
import dev.kairos.appointments.RecordViews;
import dev.kairos.appointments.SourceWord;
import dev.kairos.appointments.StatusWord;
import dev.kairos.appointments.Vocabulary;
import dev.kairos.questionnaires.AnswerView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An appointment as the admin pages show it, made from the appointment as it was read: local times of
 * the location in the page's format, names instead of ids, and the status, source and payment as
 * message keys of the one vocabulary ({@link Vocabulary}).
 *
 * @param paid the message key of the payment status, such as {@code paid.not_paid}
 * @param createdBy the user's name, or "Client (online)" for an online booking
 * @param cancelledBy the name of whoever cancelled or rejected it, empty if nobody did
 * @param labels the appointment categories it carries, with their colours
 * @param resourceInstanceIds the rooms and devices it holds
 * @param stamps the lifecycle's timestamps that are set, in order, as local times, by their name
 *     without {@code _at} (the keys {@code history.*})
 * @param lines the services with their prices, in the appointment's order
 * @param answers the answers the appointment was booked with, as the client saw the questions
 */
record AppointmentRow(
        long id,
        LocalDateTime start,
        LocalDateTime end,
        long staffId,
        String member,
        String services,
        List<Line> lines,
        String clientName,
        String clientPhone,
        String status,
        StatusWord statusWord,
        int attendance,
        boolean deleted,
        String paid,
        String createdAt,
        String createdBy,
        SourceWord source,
        String comment,
        List<Label> labels,
        List<Long> resourceInstanceIds,
        String cancelledBy,
        Map<String, String> stamps,
        List<AnswerView> answers,
        DateTimeFormatter shown,
        DateTimeFormatter time) {

    /** An appointment read for a page in {@code locale}; {@code users} names the users it mentions. */
    static AppointmentRow of(RecordViews.Appointment a, Map<Long, String> users, Vocabulary words, Locale locale) {
        DateTimeFormatter shown = words.dateTime(locale);
        RecordViews.Row row = a.row();
        LocalDateTime start = a.localStart();
        RecordViews.Stamps stamps = row.stamps();
        String services = a.lines().stream().map(RecordParts.Line::title).collect(Collectors.joining(", "));
        long creator = row.createdUserId() == null ? 0 : row.createdUserId();
        Long canceller = stamps.cancelledBy() != null ? stamps.cancelledBy() : stamps.rejectedBy();
        String status = row.status().dbName();
        int attendance = a.attendance();
        return new AppointmentRow(
                row.id(),
                start,
                start.plusSeconds(a.lengthSeconds()),
                row.teamMemberId() == null ? 0 : row.teamMemberId(),
                a.staff() == null ? "" : a.staff().name(),
                services,
                a.lines().stream()
                        .map(l -> new Line(
                                l.serviceId(), l.title(), money(l.firstCost()), money(l.discount()), money(l.cost())))
                        .toList(),
                a.client() == null ? "" : a.client().displayName(),
                a.client() == null ? "" : a.client().phone(),
                status,
                StatusWord.of(status, attendance),
                attendance,
                row.status().deleted(),
                "paid." + a.paymentStatus(),
                shown(stamps.createdAt(), row.zone(), shown),
                words.createdBy(row.online(), creator, users, locale),
                SourceWord.of(row.online(), row.source()),
                row.comment(),
                a.labels().stream()
                        .map(l -> new Label(l.id(), l.title(), l.color(), l.fontColor()))
                        .toList(),
                a.resourceInstanceIds(),
                canceller(stamps, canceller, users, words, locale),
                setStamps(stamps, row.zone(), shown),
                a.answers(),
                shown,
                words.time(locale));
    }

    /** A service of the appointment and its price: the list price, the discount in percent, and what it costs. */
    record Line(
            long id,
            String title,
            java.math.BigDecimal firstCost,
            java.math.BigDecimal discount,
            java.math.BigDecimal cost) {}

    private static java.math.BigDecimal money(java.math.BigDecimal value) {
        return value == null ? java.math.BigDecimal.ZERO : value;
    }

    /** The ids of its services, in order. */
    public List<Long> serviceIds() {
        return lines.stream().map(Line::id).toList();
    }

    /** An appointment category on a row: its id, and its title in its colours. */
    record Label(long id, String title, String color, String fontColor) {}

    /** The ids of the appointment categories it carries. */
    public java.util.Set<Long> labelIds() {
        return labels.stream().map(Label::id).collect(java.util.stream.Collectors.toSet());
    }

    /** Client and time, as a message about the appointment names it: "Jane Roe, 06.05.2025 10:00". */
    public String named() {
        return clientName.isEmpty() ? shown.format(start) : clientName + ", " + shown.format(start);
    }

    private static String canceller(
            RecordViews.Stamps stamps, Long canceller, Map<Long, String> users, Vocabulary words, Locale locale) {
        if (stamps.cancelledByClient()) {
            return words.word("info.cancelled-by.client", locale);
        }
        return canceller == null ? "" : words.createdBy(false, canceller, users, locale);
    }

    /** The ids of the users an appointment names: its creator and whoever confirmed, cancelled or rejected it. */
    static List<Long> userIds(RecordViews.Appointment a) {
        RecordViews.Stamps stamps = a.row().stamps();
        return java.util.stream.Stream.of(
                        a.row().createdUserId(), stamps.cancelledBy(), stamps.rejectedBy(), stamps.confirmedBy())
                .filter(id -> id != null && id != 0)
                .toList();
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    public String when() {
        return shown.format(start) + "–" + time.format(end);
    }

    private static Map<String, String> setStamps(RecordViews.Stamps stamps, ZoneId zone, DateTimeFormatter shown) {
        Map<String, String> set = new java.util.LinkedHashMap<>();
        stamps.taken().forEach((step, at) -> set.put(step, shown(at, zone, shown)));
        return set;
    }

    private static String shown(Instant at, ZoneId zone, DateTimeFormatter shown) {
        return at == null ? "" : shown.format(LocalDateTime.ofInstant(at, zone));
    }

    /** Whether the client came: deleting it then needs the right to delete arrived appointments. */
    public boolean attended() {
        return "arrived".equals(status) || "completed".equals(status);
    }
}
