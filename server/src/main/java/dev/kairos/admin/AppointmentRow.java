package dev.kairos.admin;

import dev.kairos.appointments.SourceWord;
import dev.kairos.appointments.StatusWord;
import dev.kairos.appointments.Vocabulary;
import dev.kairos.questionnaires.AnswerView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An appointment as the admin pages show it, read from the API's record object: local times of
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

    /** A record read for a page in {@code locale}; {@code users} names the users it mentions. */
    @SuppressWarnings("unchecked")
    static AppointmentRow of(Map<String, Object> r, Map<Long, String> users, Vocabulary words, Locale locale) {
        DateTimeFormatter shown = words.dateTime(locale);
        LocalDateTime start = OffsetDateTime.parse((String) r.get("datetime")).toLocalDateTime();
        long length = ((Number) r.get("seance_length")).longValue();
        Map<String, Object> staff = (Map<String, Object>) r.get("staff");
        Map<String, Object> client = (Map<String, Object>) r.get("client");
        Map<String, Object> stamps = (Map<String, Object>) r.get("timestamps");
        String services = ((List<Map<String, Object>>) r.get("services"))
                .stream().map(s -> (String) s.get("title")).collect(Collectors.joining(", "));
        boolean online = Boolean.TRUE.equals(r.get("online"));
        long creator = ((Number) r.get("created_user_id")).longValue();
        Object canceller = stamps.get("cancelled_by") != null ? stamps.get("cancelled_by") : stamps.get("rejected_by");
        String status = (String) r.get("status");
        int attendance = ((Number) r.get("attendance")).intValue();
        return new AppointmentRow(
                ((Number) r.get("id")).longValue(),
                start,
                start.plusSeconds(length),
                ((Number) r.get("staff_id")).longValue(),
                staff == null ? "" : (String) staff.get("name"),
                services,
                lines(r),
                client == null ? "" : (String) client.get("display_name"),
                client == null ? "" : (String) client.get("phone"),
                status,
                StatusWord.of(status, attendance),
                attendance,
                Boolean.TRUE.equals(r.get("deleted")),
                "paid." + r.get("payment_status"),
                shown((String) stamps.get("created_at"), shown),
                words.createdBy(online, creator, users, locale),
                SourceWord.of(online, (String) r.get("source")),
                (String) r.get("comment"),
                labels(r),
                ((List<?>) r.getOrDefault("resource_instance_ids", List.of()))
                        .stream().map(id -> ((Number) id).longValue()).toList(),
                canceller(stamps, canceller, users, words, locale),
                setStamps(stamps, shown),
                (List<AnswerView>) r.getOrDefault("answers", List.of()),
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

    @SuppressWarnings("unchecked")
    private static List<Line> lines(Map<String, Object> r) {
        return ((List<Map<String, Object>>) r.get("services"))
                .stream()
                        .map(s -> new Line(
                                ((Number) s.get("id")).longValue(),
                                (String) s.get("title"),
                                money(s.get("first_cost")),
                                money(s.get("discount")),
                                money(s.get("cost"))))
                        .toList();
    }

    private static java.math.BigDecimal money(Object value) {
        return value == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(String.valueOf(value));
    }

    /** The ids of its services, in order. */
    public List<Long> serviceIds() {
        return lines.stream().map(Line::id).toList();
    }

    /** An appointment category on a row: its id, and its title in its colours. */
    record Label(long id, String title, String color, String fontColor) {}

    @SuppressWarnings("unchecked")
    private static List<Label> labels(Map<String, Object> r) {
        Object labels = r.get("record_labels");
        if (!(labels instanceof List<?> list)) {
            return List.of();
        }
        return ((List<Map<String, Object>>) list)
                .stream()
                        .map(l -> new Label(
                                Long.parseLong(String.valueOf(l.get("id"))),
                                (String) l.get("title"),
                                (String) l.get("color"),
                                (String) l.get("font_color")))
                        .toList();
    }

    /** The ids of the appointment categories it carries. */
    public java.util.Set<Long> labelIds() {
        return labels.stream().map(Label::id).collect(java.util.stream.Collectors.toSet());
    }

    /** Client and time, as a message about the appointment names it: "Jane Roe, 06.05.2025 10:00". */
    public String named() {
        return clientName.isEmpty() ? shown.format(start) : clientName + ", " + shown.format(start);
    }

    private static String canceller(
            Map<String, Object> stamps, Object canceller, Map<Long, String> users, Vocabulary words, Locale locale) {
        if (Boolean.TRUE.equals(stamps.get("cancelled_by_client"))) {
            return words.word("info.cancelled-by.client", locale);
        }
        return canceller == null ? "" : words.createdBy(false, ((Number) canceller).longValue(), users, locale);
    }

    /** The ids of the users a record names: its creator and whoever cancelled or rejected it. */
    @SuppressWarnings("unchecked")
    static List<Long> userIds(Map<String, Object> r) {
        Map<String, Object> stamps = (Map<String, Object>) r.get("timestamps");
        return java.util.stream.Stream.of(
                        r.get("created_user_id"),
                        stamps.get("cancelled_by"),
                        stamps.get("rejected_by"),
                        stamps.get("confirmed_by"))
                .filter(v -> v instanceof Number n && n.longValue() != 0)
                .map(v -> ((Number) v).longValue())
                .toList();
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    public String when() {
        return shown.format(start) + "–" + time.format(end);
    }

    private static Map<String, String> setStamps(Map<String, Object> stamps, DateTimeFormatter shown) {
        Map<String, String> set = new java.util.LinkedHashMap<>();
        stamps.forEach((name, value) -> {
            if (name.endsWith("_at") && value != null) {
                set.put(name.substring(0, name.length() - 3), shown((String) value, shown));
            }
        });
        return set;
    }

    private static String shown(String iso, DateTimeFormatter shown) {
        return iso == null ? "" : shown.format(OffsetDateTime.parse(iso).toLocalDateTime());
    }

    /** Whether the client came: deleting it then needs the right to delete arrived appointments. */
    public boolean attended() {
        return "arrived".equals(status) || "completed".equals(status);
    }
}
