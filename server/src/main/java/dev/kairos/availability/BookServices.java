package dev.kairos.availability;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The data of {@code book_services}: the services and their categories, under both of Altegio's
 * names ({@code category} and {@code categories}).
 *
 * @param events group events; Kairos offers them through book_times, so always empty here
 */
@Schema(example = """
        {"events": [], "services": [{"id": 12, "title": "Haircut", "category_id": 3, "price_min": 30,
         "price_max": 45, "discount": 0, "comment": "", "weight": 0, "active": 1, "sex": 0, "image": "",
         "prepaid": "forbidden", "duration": 3600, "booking_type": "instant", "requires_staff": true,
         "customer_must_select_staff": false}], "category": [{"id": 3, "title": "Hair"}],
         "categories": [{"id": 3, "title": "Hair"}]}""")
record BookServices(
        List<Object> events, List<BookService> services, List<BookCategory> category, List<BookCategory> categories) {

    static BookServices of(List<BookService> services, List<BookCategory> categories) {
        return new BookServices(List.of(), services, categories, categories);
    }
}
