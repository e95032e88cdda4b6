package dev.kairos.clients;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * A client in the Altegio shape, with both the YCLIENTS and the Altegio names where they differ
 * ({@code patronymic}/{@code middle_name}, {@code sex_id}/{@code gender_id}, {@code sex}/{@code gender}),
 * plus the search's visit fields.
 *
 * @param phone E.164, or empty for a client without one
 * @param importanceId 0 to 3
 * @param importance {@code no category}, {@code bronze}, {@code silver} or {@code gold}
 * @param birthDate ISO date, or empty when unknown
 * @param smsCheck 1 or 0
 * @param smsNot 1 or 0
 */
public record ClientView(
        long id,
        @JsonUnwrapped ClientNames names,
        String phone,
        String email,
        List<ClientCategoryView> categories,
        @JsonUnwrapped ClientSex sex,
        BigDecimal discount,
        int importanceId,
        String importance,
        String card,
        String birthDate,
        String comment,
        int smsCheck,
        int smsNot,
        @JsonUnwrapped ClientHistory history) {

    private static final List<String> IMPORTANCE = List.of("no category", "bronze", "silver", "gold");

    /** The client's names; {@code middle_name} is Altegio's name for the patronymic. */
    public record ClientNames(String name, String surname, String patronymic, String middleName) {}

    /** A category of the client. */
    public record ClientCategoryView(long id, String title, String color) {}

    /**
     * The client's sex under both names.
     *
     * @param sexId 0 unknown, 1 male, 2 female
     * @param sex {@code unknown}, {@code male} or {@code female}
     */
    public record ClientSex(int sexId, int genderId, String sex, String gender) {}

    /**
     * What the client spent and when they came, and when they were last changed.
     *
     * @param lastChangeDate {@code 2019-07-21T12:27:06+0300}
     * @param customFields always empty: Kairos keeps no custom fields
     * @param soldAmount the same as {@code spent}
     * @param visitsCount the same as {@code visits}
     * @param firstVisitDate the start of the first visit with its offset, or null without visits
     * @param lastVisitDate the start of the latest visit with its offset, or null without visits
     */
    public record ClientHistory(
            BigDecimal spent,
            BigDecimal balance,
            long visits,
            String lastChangeDate,
            List<Object> customFields,
            BigDecimal soldAmount,
            long visitsCount,
            String firstVisitDate,
            String lastVisitDate) {}

    /** The client, its times in {@code zone}. */
    public static ClientView of(Client c, ZoneId zone) {
        return new ClientView(
                c.id(),
                new ClientNames(c.name(), c.surname(), c.patronymic(), c.patronymic()),
                c.phone() == null ? "" : c.phone().e164(),
                c.email(),
                c.categories().stream()
                        .map(k -> new ClientCategoryView(k.id(), k.title(), k.color()))
                        .toList(),
                new ClientSex(
                        c.sex().id(), c.sex().id(), c.sex().wireName(), c.sex().wireName()),
                plain(c.discount()),
                c.importance(),
                IMPORTANCE.get(c.importance()),
                c.card(),
                c.birthDate() == null ? "" : c.birthDate().toString(),
                c.comment(),
                c.smsCheck() ? 1 : 0,
                c.smsNot() ? 1 : 0,
                new ClientHistory(
                        plain(c.spent()),
                        plain(c.balance()),
                        c.visits(),
                        WireTime.compact(c.changedAt(), zone),
                        List.of(),
                        plain(c.spent()),
                        c.visits(),
                        WireTime.iso(c.firstVisit(), zone),
                        WireTime.iso(c.lastVisit(), zone)));
    }

    private static BigDecimal plain(BigDecimal amount) {
        return new BigDecimal(amount.stripTrailingZeros().toPlainString());
    }
}
