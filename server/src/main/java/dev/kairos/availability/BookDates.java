package dev.kairos.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data of {@code book_dates}: the dates with free time and the working dates, each both as a
 * list of ISO dates and as days by month number ({@code {"9": ["21", "22"]}}).
 */
record BookDates(
        Map<String, List<String>> bookingDays,
        List<String> bookingDates,
        Map<String, List<String>> workingDays,
        List<String> workingDates) {

    static BookDates of(List<LocalDate> booking, List<LocalDate> working) {
        return new BookDates(byMonth(booking), iso(booking), byMonth(working), iso(working));
    }

    private static List<String> iso(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toList();
    }

    private static Map<String, List<String>> byMonth(List<LocalDate> dates) {
        Map<Integer, List<String>> months = new TreeMap<>();
        dates.forEach(d -> months.computeIfAbsent(d.getMonthValue(), m -> new ArrayList<>())
                .add(String.valueOf(d.getDayOfMonth())));
        Map<String, List<String>> result = new LinkedHashMap<>();
        months.forEach((month, days) -> result.put(String.valueOf(month), days));
        return result;
    }
}
