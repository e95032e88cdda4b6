package dev.kairos.availability;

/**
 * A service category of {@code book_services}, with Altegio's {@code sex} under its newer name
 * {@code gender} as well.
 */
record BookCategory(long id, String title, int sex, int gender, String apiId, int weight) {}
