package dev.kairos.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a column of an import file can be mapped to, as the spec lists them. */
enum ImportField {
    DATE("Date (04.01.2022 10:30)", "date"),
    MEMBER_ID("Team member ID", "team member id"),
    MEMBER_NAME("Team member name", "team member"),
    PHONE("Client phone (37493350369)", "client phone"),
    CLIENT_NAME("Client name", "client"),
    DURATION("Duration (seconds)", "duration (s)"),
    SERVICE_IDS("Service ID(s)", "service ids"),
    SERVICE_NAMES("Service name(s)", "services"),
    PRICES("Service price(s)", "service prices"),
    DISCOUNT("Discount on service (%)", "discount"),
    COMMENT("Comment", "comment"),
    STATUS_NUMBER("Status (-1, 0, 1, 2)", "status number"),
    STATUS_TEXT("Status (No-show, Pending, Arrived, Confirmed)", "status"),
    REGISTER_ID("Cash register ID", "cash register id"),
    PAID("Paid amount", "paid");

    private final String label;
    private final String header;

    ImportField(String label, String header) {
        this.label = label;
        this.header = header;
    }

    public String label() {
        return label;
    }

    /** The column header that maps to this field by itself: what the template file's first row says. */
    String header() {
        return header;
    }

    /** The field a column header names (as Kairos's own export writes them), if any. */
    static Optional<ImportField> forHeader(String header) {
        String wanted = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.header.equals(wanted)
                        || f.label.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
