package dev.kairos.clients;

import java.math.BigDecimal;
import java.util.List;

/**
 * A client as integrations send it: both the YCLIENTS and the Altegio spellings
 * ({@code patronymic}/{@code middle_name}, {@code sex_id}/{@code gender_id},
 * {@code categories}/{@code labels}). Absent fields keep their value on update. {@code phone}
 * may be a JSON string or number; {@code custom_fields} is accepted and not stored.
 */
record ClientRequest(
        String name,
        String surname,
        String patronymic,
        String middleName,
        String phone,
        String email,
        Integer sexId,
        Integer genderId,
        Integer importanceId,
        BigDecimal discount,
        String card,
        String birthDate,
        String comment,
        BigDecimal spent,
        BigDecimal balance,
        Boolean smsCheck,
        Boolean smsNot,
        List<Long> categories,
        List<Long> labels,
        Object customFields) {

    /** A change of the client's tags (categories) alone: everything else stays. */
    static ClientRequest tagsOnly(List<Long> categoryIds) {
        return new ClientRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                categoryIds,
                null,
                null);
    }

    Integer sex() {
        return sexId != null ? sexId : genderId;
    }

    String middle() {
        return patronymic != null ? patronymic : middleName;
    }

    List<Long> categoryIds() {
        return categories != null ? categories : labels;
    }
}
