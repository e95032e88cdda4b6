package dev.kairos.availability;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A service of {@code book_services}. Altegio's fields the widget shows but Kairos does not keep
 * ({@code comment}, {@code weight}, {@code sex}, {@code image}) are sent empty.
 *
 * @param categoryId the service category, 0 for none
 * @param active 1 or 0
 * @param seanceLength the chosen team member's length in seconds; absent unless the list is for one member
 * @param duration the service's own length in seconds
 */
record BookService(
        long id,
        String title,
        long categoryId,
        BigDecimal priceMin,
        BigDecimal priceMax,
        BigDecimal discount,
        String comment,
        int weight,
        int active,
        int sex,
        String image,
        String prepaid,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer seanceLength,
        int duration,
        String bookingType,
        boolean requiresStaff,
        boolean customerMustSelectStaff) {

    /** The service as offered with {@code staffId}, or with anyone when it is null. */
    static BookService of(ServiceRules s, Long staffId) {
        return new BookService(
                s.id(),
                s.title(),
                s.categoryId() == null ? 0 : s.categoryId(),
                s.priceMin(),
                s.priceMax(),
                s.discount(),
                "",
                0,
                s.active() ? 1 : 0,
                0,
                "",
                s.prepaid(),
                staffId == null ? null : s.durationFor(staffId),
                s.durationSeconds(),
                s.bookingType(),
                s.requiresStaff(),
                s.customerMustSelectStaff());
    }
}
