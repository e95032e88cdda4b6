package dev.kairos.admin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An appointment as the admin pages show it, read from the API's record object: local times of
 * the location, names instead of ids, and Altegio's statuses in words.
 *
 * @param createdBy the user's name, or "Client (online)" for an online booking
 * @param cancelledBy the name of whoever cancelled or rejected it, empty if nobody did
 * @param stamps the lifecycle's timestamps that are set, in order, as local times
 */
record AppointmentRow(
        long id,
        LocalDateTime start,
        LocalDateTime end,
        long staffId,
        String member,
        String services,
        String clientName,
        String clientPhone,
        String status,
        String statusName,
        int attendance,
        boolean deleted,
        String paid,
        String createdAt,
        String createdBy,
        String source,
        String comment,
        String cancelledBy,
        Map<String, String> stamps) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @SuppressWarnings("unchecked")
    static AppointmentRow of(Map<String, Object> r, Map<Long, String> users) {
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
        return new AppointmentRow(
                ((Number) r.get("id")).longValue(),
                start,
                start.plusSeconds(length),
                ((Number) r.get("staff_id")).longValue(),
                staff == null ? "" : (String) staff.get("name"),
                services,
                client == null ? "" : (String) client.get("display_name"),
                client == null ? "" : (String) client.get("phone"),
                status,
                statusName(status),
                ((Number) r.get("attendance")).intValue(),
                Boolean.TRUE.equals(r.get("deleted")),
                paidName((String) r.get("payment_status")),
                shown((String) stamps.get("created_at")),
                online ? "Client (online)" : users.getOrDefault(creator, creator == 0 ? "" : "User " + creator),
                online ? "Online" : sourceName((String) r.get("source")),
                (String) r.get("comment"),
                canceller(stamps, canceller, users),
                setStamps(stamps));
    }

    private static String canceller(Map<String, Object> stamps, Object canceller, Map<Long, String> users) {
        if (Boolean.TRUE.equals(stamps.get("cancelled_by_client"))) {
            return "The client";
        }
        return canceller == null ? "" : users.getOrDefault(((Number) canceller).longValue(), "User " + canceller);
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
        return SHOWN.format(start) + "–" + end.toLocalTime();
    }

    private static Map<String, String> setStamps(Map<String, Object> stamps) {
        Map<String, String> set = new java.util.LinkedHashMap<>();
        stamps.forEach((name, value) -> {
            if (name.endsWith("_at") && value != null) {
                set.put(name.substring(0, name.length() - 3).replace('_', ' '), shown((String) value));
            }
        });
        return set;
    }

    private static String shown(String iso) {
        return iso == null ? "" : SHOWN.format(OffsetDateTime.parse(iso).toLocalDateTime());
    }

    static String statusName(String status) {
        return switch (status) {
            case "requested" -> "Pending approval";
            case "confirmed" -> "Confirmed";
            case "arrived" -> "Arrived";
            case "completed" -> "Completed";
            case "no_show" -> "No-show";
            case "cancelled" -> "Deleted";
            case "rejected" -> "Rejected";
            default -> status;
        };
    }

    /** Whether the client came: deleting it then needs the right to delete arrived appointments. */
    public boolean attended() {
        return "arrived".equals(status) || "completed".equals(status);
    }

    private static String paidName(String paymentStatus) {
        return switch (paymentStatus) {
            case "paid_full" -> "Paid";
            case "partially_paid" -> "Partly paid";
            case "free" -> "Free";
            default -> "Not paid";
        };
    }

    private static String sourceName(String source) {
        return switch (source == null ? "" : source) {
            case "admin" -> "Administrator";
            case "import" -> "Excel import";
            case "walk_in" -> "Walk-in";
            case "" -> "";
            default ->
                Character.toUpperCase(source.charAt(0)) + source.substring(1).replace('_', ' ');
        };
    }
}
