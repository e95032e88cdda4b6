package dev.kairos.clients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client of one location.
 *
 * @param phone the normalised phone, or null for a client stored without one
 * @param birthDate null when unknown
 * @param visits appointments the client arrived at or completed
 * @param firstVisit start of the first such appointment, null without visits
 * @param lastVisit start of the latest such appointment, null without visits
 * @param changedAt when the client was last written
 */
public record Client(
        long id,
        long chainId,
        long locationId,
        String name,
        String surname,
        String patronymic,
        PhoneNumber phone,
        String email,
        Sex sex,
        int importance,
        BigDecimal discount,
        String card,
        LocalDate birthDate,
        String comment,
        boolean smsCheck,
        boolean smsNot,
        BigDecimal spent,
        BigDecimal balance,
        long visits,
        Instant firstVisit,
        Instant lastVisit,
        Instant changedAt,
        List<Category> categories) {

    public Client {
        categories = List.copyOf(categories);
    }

    /** Altegio's {@code sex_id} / {@code gender_id} and its wire names. */
    public enum Sex {
        UNKNOWN,
        MALE,
        FEMALE;

        public int id() {
            return ordinal();
        }

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** @throws IllegalArgumentException for an id other than 0, 1 or 2 */
        public static Sex ofId(int id) {
            if (id < 0 || id >= values().length) {
                throw new IllegalArgumentException("sex_id must be 0, 1 or 2");
            }
            return values()[id];
        }
    }

    /** A client category of the location. */
    public record Category(long id, String title, String color) {}

    Client withCategories(List<Category> list) {
        return new Client(
                id,
                chainId,
                locationId,
                name,
                surname,
                patronymic,
                phone,
                email,
                sex,
                importance,
                discount,
                card,
                birthDate,
                comment,
                smsCheck,
                smsNot,
                spent,
                balance,
                visits,
                firstVisit,
                lastVisit,
                changedAt,
                list);
    }
}
