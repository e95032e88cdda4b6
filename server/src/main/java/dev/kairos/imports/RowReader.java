package dev.kairos.imports;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.appointments.Vocabulary;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.refusal.Fault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one row of an import by the spec's rules, collecting every problem rather than stopping
 * at the first: the date {@code 04.01.2022 10:30} rounded to the location's slot step, the team
 * member by ID or name, the phone, the client name (blank: the phone), the duration in seconds (a
 * multiple of 15 minutes, blank: 15 minutes), services by ID (comma or {@code ##}) or name
 * ({@code ##}), one price per service ({@code #}), the discount, the comment, the status as a number
 * or text, and the cash register and paid amount, which only an Arrived row may have and whose
 * amount must be the services' sum after discounts.
 */
final class RowReader {

    static final int DEFAULT_SECONDS = 900;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);

    private final Catalog catalog;
    private final Map<ImportField, Integer> columns;
    private final List<String> headers;
    private final Vocabulary words;

    RowReader(Catalog catalog, Map<ImportField, Integer> columns, List<String> headers, Vocabulary words) {
        this.catalog = catalog;
        this.columns = columns;
        this.headers = headers;
        this.words = words;
    }

    /** The row if it is valid; otherwise its problems are added to {@code problems}. */
    Optional<ParsedRow> read(ImportSheet.SheetRow row, List<Problem> problems) {
        Reading r = new Reading(row, problems);
        LocalDateTime local = r.date();
        Long member = r.member();
        PhoneNumber phone = r.phone();
        String name = r.value(ImportField.CLIENT_NAME);
        Integer seconds = r.duration();
        List<Catalog.Offered> services = r.services();
        List<ImportedAppointments.Line> lines = services == null ? null : r.lines(services);
        AppointmentStatus[] status = r.status();
        String comment = r.value(ImportField.COMMENT);
        if (comment.length() > 2000) {
            r.problem(ImportField.COMMENT, Fault.tooLong(2000));
        }
        if (name.length() > 200) {
            r.problem(ImportField.CLIENT_NAME, Fault.tooLong(200));
        }
        var start = local == null ? null : r.instant(local);
        if (!r.ok() || status == null || lines == null || start == null) {
            return Optional.empty();
        }
        ParsedRow parsed = new ParsedRow(
                row.number(),
                member,
                phone,
                name.isEmpty() ? phone.e164() : name,
                start,
                start.plusSeconds(seconds),
                status[0],
                status[0] == AppointmentStatus.CONFIRMED && status.length > 1,
                comment,
                lines,
                r.register(),
                r.paid());
        return r.payment(parsed) ? Optional.of(parsed) : Optional.empty();
    }

    /** The problems and values of one row as it is read. */
    private final class Reading {
        private final ImportSheet.SheetRow row;
        private final List<Problem> problems;
        private final int before;

        Reading(ImportSheet.SheetRow row, List<Problem> problems) {
            this.row = row;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean ok() {
            return problems.size() == before;
        }

        String value(ImportField field) {
            Integer column = columns.get(field);
            return column == null ? "" : row.cell(column).strip();
        }

        void problem(ImportField field, Fault says) {
            Integer column = columns.get(field);
            problems.add(new Problem(row.number(), column == null ? "" : columnName(column), says));
        }

        /** A problem of {@code key}, whose English is {@code english}, filled with {@code args}. */
        void problem(ImportField field, String key, String english, Object... args) {
            problem(field, Fault.of(key, english, args));
        }

        LocalDateTime date() {
            String text = value(ImportField.DATE);
            if (text.isEmpty()) {
                problem(ImportField.DATE, Fault.required());
                return null;
            }
            try {
                LocalDateTime given = LocalDateTime.parse(text, DATE);
                long step = catalog.location().booking().slotStepMinutes();
                long minutes = given.getHour() * 60L + given.getMinute();
                long rounded = Math.round(minutes / (double) step) * step;
                return given.toLocalDate().atStartOfDay().plusMinutes(rounded);
            } catch (DateTimeParseException e) {
                problem(
                        ImportField.DATE,
                        "fault.import.date",
                        Shown.quoted(text) + " is not a date like 04.01.2022 10:30",
                        Shown.quotedWord(text));
                return null;
            }
        }

        java.time.Instant instant(LocalDateTime local) {
            ZoneId zone = catalog.location().zone();
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                String shown = local.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
                problem(
                        ImportField.DATE,
                        "fault.import.no-such-time",
                        shown + " does not exist in " + zone + " (the clocks skip it for daylight saving)",
                        shown,
                        zone.toString());
                return null;
            }
            return local.atZone(zone).toInstant();
        }

        Long member() {
            String id = value(ImportField.MEMBER_ID);
            String name = value(ImportField.MEMBER_NAME);
            if (!id.isEmpty()) {
                Long member = number(ImportField.MEMBER_ID, id);
                if (member != null && !catalog.members().containsKey(member)) {
                    problem(
                            ImportField.MEMBER_ID,
                            "fault.import.member-elsewhere",
                            "team member " + member + " does not work at this location",
                            member);
                    return null;
                }
                if (member != null
                        && !name.isEmpty()
                        && !catalog.membersNamed(name).contains(member)) {
                    problem(
                            ImportField.MEMBER_NAME,
                            "fault.import.member-named",
                            "team member " + member + " is " + catalog.members().get(member) + ", not "
                                    + Shown.excerpt(name),
                            member,
                            catalog.members().get(member),
                            Shown.excerptWord(name));
                }
                return member;
            }
            if (name.isEmpty()) {
                problem(
                        columns.containsKey(ImportField.MEMBER_NAME) ? ImportField.MEMBER_NAME : ImportField.MEMBER_ID,
                        Fault.required());
                return null;
            }
            List<Long> named = catalog.membersNamed(name);
            if (named.size() != 1) {
                problem(
                        ImportField.MEMBER_NAME,
                        named.isEmpty()
                                ? Fault.of(
                                        "fault.import.no-member-named",
                                        "no team member of this location is called " + Shown.quoted(name),
                                        Shown.quotedWord(name))
                                : Fault.of(
                                        "fault.import.members-named",
                                        "several team members are called " + Shown.quoted(name) + " (" + named
                                                + "): use the team member ID",
                                        Shown.quotedWord(name),
                                        named.toString()));
                return null;
            }
            return named.get(0);
        }

        PhoneNumber phone() {
            String text = value(ImportField.PHONE);
            if (text.isEmpty()) {
                problem(ImportField.PHONE, Fault.required());
                return null;
            }
            Optional<PhoneNumber> phone =
                    PhoneNumber.parse(text, catalog.location().defaultRegion());
            if (phone.isEmpty()) {
                problem(
                        ImportField.PHONE,
                        "fault.import.phone",
                        Shown.quoted(text) + " is not a valid phone number (write it like 37493350369)",
                        Shown.quotedWord(text));
            }
            return phone.orElse(null);
        }

        Integer duration() {
            String text = value(ImportField.DURATION);
            if (text.isEmpty()) {
                return DEFAULT_SECONDS;
            }
            Long seconds = number(ImportField.DURATION, text);
            if (seconds != null && (seconds <= 0 || seconds % DEFAULT_SECONDS != 0 || seconds > 24 * 3600)) {
                problem(
                        ImportField.DURATION,
                        "fault.import.duration",
                        "must be seconds in multiples of 15 minutes (900), up to 86400; got " + Shown.excerpt(text),
                        Shown.excerptWord(text));
                return null;
            }
            return seconds == null ? null : seconds.intValue();
        }

        List<Catalog.Offered> services() {
            String ids = value(ImportField.SERVICE_IDS);
            String names = value(ImportField.SERVICE_NAMES);
            List<Catalog.Offered> services = new ArrayList<>();
            if (!ids.isEmpty()) {
                for (String part : ids.split("##|,")) {
                    Long id = number(ImportField.SERVICE_IDS, part.strip());
                    Catalog.Offered service =
                            id == null ? null : catalog.services().get(id);
                    if (id != null && service == null) {
                        problem(
                                ImportField.SERVICE_IDS,
                                "fault.import.service-elsewhere",
                                "service " + id + " is not a service of this location",
                                id);
                    }
                    services.add(service);
                }
            } else if (!names.isEmpty()) {
                for (String part : names.split("##")) {
                    List<Long> named = catalog.servicesNamed(part);
                    if (named.size() != 1) {
                        problem(
                                ImportField.SERVICE_NAMES,
                                named.isEmpty() ? "fault.import.no-service-named" : "fault.import.services-named",
                                named.isEmpty()
                                        ? "no service of this location is called " + Shown.quoted(part.strip())
                                        : "several services are called " + Shown.quoted(part.strip())
                                                + ": use the service ID",
                                Shown.quotedWord(part.strip()));
                    }
                    services.add(named.size() == 1 ? catalog.services().get(named.get(0)) : null);
                }
            }
            return services.contains(null) ? null : services;
        }

        List<ImportedAppointments.Line> lines(List<Catalog.Offered> services) {
            List<BigDecimal> prices = amounts(ImportField.PRICES, services.size());
            List<BigDecimal> discounts = amounts(ImportField.DISCOUNT, services.size());
            if (prices == null || discounts == null) {
                return null;
            }
            List<ImportedAppointments.Line> lines = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                BigDecimal price = prices.isEmpty() ? services.get(i).price() : prices.get(i);
                BigDecimal discount =
                        discounts.isEmpty() ? BigDecimal.ZERO : discounts.get(discounts.size() == 1 ? 0 : i);
                if (discount.compareTo(HUNDRED) > 0) {
                    problem(ImportField.DISCOUNT, "fault.import.discount", "must be a percentage from 0 to 100");
                    return null;
                }
                BigDecimal cost = price.multiply(HUNDRED.subtract(discount)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
                lines.add(new ImportedAppointments.Line(
                        services.get(i).id(),
                        price.setScale(2, RoundingMode.HALF_UP),
                        discount.setScale(2, RoundingMode.HALF_UP),
                        cost));
            }
            return lines;
        }

        /** Prices must be one per service; a discount may also be one for all. Empty: none given. */
        private List<BigDecimal> amounts(ImportField field, int services) {
            String text = value(field);
            if (text.isEmpty()) {
                return List.of();
            }
            List<BigDecimal> amounts = new ArrayList<>();
            for (String part : text.split("#+")) {
                BigDecimal amount = money(field, part);
                if (amount == null) {
                    return null;
                }
                amounts.add(amount);
            }
            boolean fits = amounts.size() == services || (field == ImportField.DISCOUNT && amounts.size() == 1);
            if (!fits) {
                boolean prices = field == ImportField.PRICES;
                problem(
                        field,
                        prices ? "fault.import.prices-count" : "fault.import.discounts-count",
                        amounts.size() + " values for " + services + " services: give one per service, separated by #"
                                + (prices ? " (use 0 for the others if only the total is known)" : ""),
                        amounts.size(),
                        services);
                return null;
            }
            return amounts;
        }

        AppointmentStatus[] status() {
            String number = value(ImportField.STATUS_NUMBER);
            String text = value(ImportField.STATUS_TEXT);
            // The words the Overview and the export show, in any of the pages' languages.
            String code = !number.isEmpty()
                    ? number
                    : text.isBlank()
                            ? "0"
                            : words.importStatus(text)
                                    .map(s -> String.valueOf(s.importCode().getAsInt()))
                                    .orElse("noshow".equalsIgnoreCase(text.strip()) ? "-1" : "?");
            return switch (code) {
                case "-1" -> new AppointmentStatus[] {AppointmentStatus.NO_SHOW};
                case "0" -> new AppointmentStatus[] {AppointmentStatus.CONFIRMED};
                case "1" -> new AppointmentStatus[] {AppointmentStatus.ARRIVED};
                case "2" -> new AppointmentStatus[] {AppointmentStatus.CONFIRMED, AppointmentStatus.CONFIRMED};
                default -> {
                    if (!number.isEmpty()) {
                        problem(
                                ImportField.STATUS_NUMBER,
                                "fault.import.status-number",
                                "must be -1 (no-show), 0 (pending), 1 (arrived) or 2 (confirmed); got "
                                        + Shown.excerpt(number),
                                Shown.excerptWord(number));
                    } else {
                        problem(
                                ImportField.STATUS_TEXT,
                                "fault.import.status-text",
                                "must be No-show, Pending, Arrived or Confirmed; got " + Shown.excerpt(text),
                                Shown.excerptWord(text));
                    }
                    yield null;
                }
            };
        }

        Long register() {
            String text = value(ImportField.REGISTER_ID);
            return text.isEmpty() ? null : number(ImportField.REGISTER_ID, text);
        }

        BigDecimal paid() {
            String text = value(ImportField.PAID);
            return text.isEmpty() ? null : money(ImportField.PAID, text);
        }

        /** The cash register and paid amount rules; true when they hold. */
        boolean payment(ParsedRow parsed) {
            boolean register = !value(ImportField.REGISTER_ID).isEmpty();
            boolean paid = !value(ImportField.PAID).isEmpty();
            if (!register && !paid) {
                return true;
            }
            if (parsed.status() != AppointmentStatus.ARRIVED) {
                problem(
                        paid ? ImportField.PAID : ImportField.REGISTER_ID,
                        "fault.import.payment-arrived",
                        "a cash register and paid amount are only for appointments with status Arrived");
            } else if (!paid) {
                problem(ImportField.PAID, "fault.import.paid-register", "is required with a cash register");
            } else if (!register) {
                problem(ImportField.REGISTER_ID, "fault.import.register-paid", "is required for a paid appointment");
            } else if (!catalog.registers().contains(parsed.register())) {
                problem(
                        ImportField.REGISTER_ID,
                        "fault.import.register-elsewhere",
                        "cash register " + parsed.register() + " is not one of this location",
                        parsed.register());
            } else if (parsed.paid().compareTo(parsed.cost()) != 0) {
                problem(
                        ImportField.PAID,
                        "fault.import.paid-sum",
                        "is " + parsed.paid().toPlainString() + " but the services cost "
                                + parsed.cost().toPlainString()
                                + " after discounts; the paid amount must equal that sum",
                        parsed.paid().toPlainString(),
                        parsed.cost().toPlainString());
            }
            return ok();
        }

        private Long number(ImportField field, String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                problem(
                        field,
                        "fault.import.whole-number",
                        Shown.quoted(text) + " is not a whole number",
                        Shown.quotedWord(text));
                return null;
            }
        }

        private BigDecimal money(ImportField field, String text) {
            try {
                BigDecimal amount = new BigDecimal(text.strip().replace(',', '.'));
                if (amount.signum() < 0
                        || amount.stripTrailingZeros().scale() > 2
                        || amount.compareTo(BigDecimal.valueOf(10_000_000_000L)) >= 0) {
                    problem(
                            field,
                            "fault.import.amount",
                            Shown.quoted(text) + " must be an amount from 0 with at most two decimals",
                            Shown.quotedWord(text));
                    return null;
                }
                return amount;
            } catch (NumberFormatException e) {
                problem(field, "fault.import.number", Shown.quoted(text) + " is not a number", Shown.quoted(text));
                return null;
            }
        }
    }

    String columnName(int column) {
        return columnName(headers, column);
    }

    /** The column's letter and header, as the report and the mapping page name it: {@code C (Phone)}. */
    static String columnName(List<String> headers, int column) {
        String header = column < headers.size() ? headers.get(column) : "";
        return letter(column) + (header.isBlank() ? "" : " (" + Shown.excerpt(header) + ")");
    }

    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) {
            letters.insert(0, (char) ('A' + c % 26));
        }
        return letters.toString();
    }
}
