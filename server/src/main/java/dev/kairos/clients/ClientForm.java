package dev.kairos.clients;

import dev.kairos.refusal.Fault;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A client's contact form on the pages, every field as typed so that a refused form comes back
 * unchanged. The fields are the request parameters' names.
 *
 * @param smsNot null (an unticked box) for false
 */
record ClientForm(
        String name,
        String surname,
        String patronymic,
        String phone,
        String email,
        String sex,
        String birthDate,
        String card,
        String discount,
        String importance,
        String comment,
        Boolean smsCheck,
        Boolean smsNot) {

    private static final Fault NOT_A_NUMBER = Fault.of("fault.number", "is not a number");

    /** The form of a new client: nothing typed yet. */
    static ClientForm blank() {
        return new ClientForm("", "", "", "", "", "0", "", "", "0", "0", "", false, false);
    }

    /** The form showing the client as stored. */
    static ClientForm of(Client c) {
        return new ClientForm(
                c.name(),
                c.surname(),
                c.patronymic(),
                c.phone() == null ? "" : c.phone().e164(),
                c.email(),
                String.valueOf(c.sex().id()),
                c.birthDate() == null ? "" : c.birthDate().toString(),
                c.card(),
                c.discount().stripTrailingZeros().toPlainString(),
                String.valueOf(c.importance()),
                c.comment(),
                c.smsCheck(),
                c.smsNot());
    }

    /**
     * The form as the API's request, so that the API's rules judge it. A number that cannot be read
     * as one is put in {@code problems} under its wire name and left out of the request.
     */
    ClientRequest request(Map<String, List<Fault>> problems) {
        return new ClientRequest(
                name == null ? "" : name,
                surname,
                patronymic,
                null,
                phone == null ? "" : phone,
                email,
                number(sex, "sex_id", problems),
                null,
                number(importance, "importance_id", problems),
                amount(discount, problems),
                card,
                birthDate,
                comment,
                null,
                null,
                Boolean.TRUE.equals(smsCheck),
                Boolean.TRUE.equals(smsNot),
                null,
                null,
                null);
    }

    private static Integer number(String typed, String field, Map<String, List<Fault>> problems) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            problems.put(field, List.of(NOT_A_NUMBER));
            return null;
        }
    }

    private static BigDecimal amount(String typed, Map<String, List<Fault>> problems) {
        try {
            return typed == null || typed.isBlank()
                    ? null
                    : new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.put("discount", List.of(NOT_A_NUMBER));
            return null;
        }
    }
}
