package dev.kairos.clients;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The writable fields of a client, validated; the record components name the SQL parameters.
 *
 * @param categories the category ids to link, or null to keep the current ones
 */
record ClientFields(
        String name,
        String surname,
        String patronymic,
        String phone,
        String email,
        int sex,
        int importance,
        BigDecimal discount,
        String card,
        LocalDate birthDate,
        String comment,
        boolean smsCheck,
        boolean smsNot,
        BigDecimal spent,
        BigDecimal balance,
        List<Long> categories) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("10000000000");

    /**
     * The request laid over {@code base} (null for a new client).
     *
     * @throws dev.kairos.refusal.Refused 422 naming every bad field
     */
    static ClientFields from(ClientRequest r, Client base, String region) {
        Validation v = new Validation();
        String name = text(r.name(), base == null ? null : base.name());
        v.required(name, "name").atMost(name, 200, "name");
        String phone = phone(r.phone(), base, region, v);
        String email = base == null ? "" : base.email();
        if (r.email() != null) {
            // Only a given address is checked: one stored under an older rule stays until it is replaced.
            boolean valid = EmailAddress.blankOrValid(r.email());
            v.check(valid, "email", EmailAddress.FAULT);
            email = valid ? EmailAddress.storable(r.email()) : r.email();
        }
        Integer sex = pick(r.sex(), base == null ? 0 : base.sex().id());
        v.check(
                sex >= 0 && sex <= 2,
                "sex_id",
                Fault.of("fault.client.sex", "must be 0 (unknown), 1 (male) or 2 (female)"));
        Integer importance = pick(r.importanceId(), base == null ? 0 : base.importance());
        v.check(importance >= 0 && importance <= 3, "importance_id", Fault.between(0, 3));
        BigDecimal discount = pick(r.discount(), base == null ? BigDecimal.ZERO : base.discount());
        v.check(
                discount.signum() >= 0 && discount.compareTo(HUNDRED) <= 0 && discount.scale() <= 2,
                "discount",
                Fault.between(0, 100));
        BigDecimal spent = pick(r.spent(), base == null ? BigDecimal.ZERO : base.spent());
        BigDecimal balance = pick(r.balance(), base == null ? BigDecimal.ZERO : base.balance());
        v.check(money(spent), "spent", Fault.outOfRange()).check(money(balance), "balance", Fault.outOfRange());
        LocalDate birthDate = birthDate(r.birthDate(), base, v);
        String card = text(r.card(), base == null ? "" : base.card());
        v.atMost(card, 100, "card");
        List<Long> categories = r.categoryIds();
        v.check(
                categories == null || categories.stream().allMatch(id -> id != null && id > 0),
                "categories",
                Fault.of("fault.client.category-ids", "must be category ids"));
        v.orThrow();
        return new ClientFields(
                name.strip(),
                text(r.surname(), base == null ? "" : base.surname()),
                text(r.middle(), base == null ? "" : base.patronymic()),
                phone,
                email,
                sex,
                importance,
                discount,
                card,
                birthDate,
                text(r.comment(), base == null ? "" : base.comment()),
                pick(r.smsCheck(), base != null && base.smsCheck()),
                pick(r.smsNot(), base != null && base.smsNot()),
                spent,
                balance,
                categories == null ? null : categories.stream().distinct().toList());
    }

    private static String phone(String raw, Client base, String region, Validation v) {
        if (raw == null && base != null) {
            return base.phone() == null ? "" : base.phone().e164();
        }
        v.required(raw, "phone");
        if (raw == null || raw.isBlank()) {
            return "";
        }
        return PhoneNumber.parse(raw, region).map(PhoneNumber::e164).orElseGet(() -> {
            v.reject("phone", PhoneNumber.FAULT);
            return "";
        });
    }

    private static LocalDate birthDate(String raw, Client base, Validation v) {
        if (raw == null) {
            return base == null ? null : base.birthDate();
        }
        String text = raw.strip();
        if (text.isEmpty() || text.equals("0") || text.equals("0000-00-00")) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            v.check(date.getYear() >= 1900, "birth_date", Fault.of("fault.before-year", "is before 1900", "1900"));
            return date;
        } catch (DateTimeParseException e) {
            v.reject("birth_date", Fault.of("fault.date-format", "is not a valid date (yyyy-mm-dd)"));
            return null;
        }
    }

    private static boolean money(BigDecimal amount) {
        return amount.abs().compareTo(MONEY_LIMIT) < 0 && amount.scale() <= 2;
    }

    private static String text(String given, String fallback) {
        return given != null ? given.strip() : fallback;
    }

    private static <T> T pick(T given, T fallback) {
        return given != null ? given : fallback;
    }

    /** A new client known only by name, phone and email, as online booking creates one. */
    static ClientFields minimal(String name, String surname, String phone, String email) {
        return new ClientFields(
                name,
                surname,
                "",
                phone,
                email,
                0,
                0,
                BigDecimal.ZERO,
                "",
                null,
                "",
                false,
                false,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of());
    }
}
