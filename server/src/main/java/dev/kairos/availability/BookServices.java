package dev.kairos.availability;

import java.util.List;

/**
 * The data of {@code book_services}: the services and their categories, under both of Altegio's
 * names ({@code category} and {@code categories}).
 *
 * @param events group events; Kairos offers them through book_times, so always empty here
 */
record BookServices(
        List<Object> events, List<BookService> services, List<BookCategory> category, List<BookCategory> categories) {

    static BookServices of(List<BookService> services, List<BookCategory> categories) {
        return new BookServices(List.of(), services, categories, categories);
    }
}
