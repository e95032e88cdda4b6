package dev.kairos.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.directory.Location;
import dev.kairos.support.Bundles;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The import's row rules as a table: a valid row changed in one or two cells, and the problem it
 * then has (the column and a part of the message), or none. No Spring, no database: the location's
 * team members, services and cash registers are given.
 */
class RowReaderTest {

    private static final Location BERLIN = new Location(
            1,
            1,
            "Salon",
            ZoneId.of("Europe/Berlin"),
            "DE",
            "Berlin",
            "",
            "",
            "",
            "EUR",
            "DE",
            null,
            null,
            new Location.BookingSettings(15, 0, 60, true, 0, true, 0, false, "none"),
            true,
            "en");
    private static final Catalog CATALOG = new Catalog(
            BERLIN,
            Map.of(1L, "Anna", 2L, "Ben", 3L, "Ben"),
            Map.of(
                    10L, new Catalog.Offered(10, "Cut", new BigDecimal("80")),
                    11L, new Catalog.Offered(11, "Colour", new BigDecimal("120")),
                    12L, new Catalog.Offered(12, "Wash", new BigDecimal("10")),
                    13L, new Catalog.Offered(13, "Wash", new BigDecimal("12"))),
            Set.of(5L));

    /** A valid row: Anna cuts Clara's hair for an hour at 10:30, 80 less 10 %. */
    private static final Map<ImportField, String> VALID = Map.ofEntries(
            Map.entry(ImportField.DATE, "04.03.2027 10:30"),
            Map.entry(ImportField.MEMBER_ID, "1"),
            Map.entry(ImportField.PHONE, "+49 30 1234567"),
            Map.entry(ImportField.CLIENT_NAME, "Clara"),
            Map.entry(ImportField.DURATION, "3600"),
            Map.entry(ImportField.SERVICE_IDS, "10"),
            Map.entry(ImportField.PRICES, "80"),
            Map.entry(ImportField.DISCOUNT, "10"));

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                              |                |
            DATE=                                           | DATE           | is required
            DATE=2027-03-04 10:30                           | DATE           | is not a date like 04.01.2022 10:30
            DATE=31.02.2027 10:30                           | DATE           | is not a date like 04.01.2022 10:30
            DATE=28.03.2027 02:30                           | DATE           | does not exist in Europe/Berlin
            DATE=4.3.2027 9:07                              |                |
            MEMBER_ID=99                                    | MEMBER_ID      | team member 99 does not work at this location
            MEMBER_ID=;MEMBER_NAME=                         | MEMBER_NAME    | is required
            MEMBER_ID=;MEMBER_NAME=Nobody                   | MEMBER_NAME    | no team member of this location is called
            MEMBER_ID=;MEMBER_NAME=ben                      | MEMBER_NAME    | several team members are called
            MEMBER_ID=;MEMBER_NAME= anna                    |                |
            PHONE=                                          | PHONE          | is required
            PHONE=12ab                                      | PHONE          | is not a valid phone number
            DURATION=100                                    | DURATION       | must be seconds in multiples of 15 minutes
            DURATION=87300                                  | DURATION       | must be seconds in multiples of 15 minutes
            DURATION=                                       |                |
            SERVICE_IDS=99                                  | SERVICE_IDS    | service 99 is not a service of this location
            SERVICE_IDS=;SERVICE_NAMES=Perm                 | SERVICE_NAMES  | no service of this location is called
            SERVICE_IDS=;SERVICE_NAMES=wash                 | SERVICE_NAMES  | several services are called
            SERVICE_IDS=;SERVICE_NAMES=cut                  |                |
            SERVICE_IDS=10##11;PRICES=80#120                |                |
            SERVICE_IDS=10,11;PRICES=80#120                 |                |
            SERVICE_IDS=10,11;PRICES=80                     | PRICES         | 1 values for 2 services
            DISCOUNT=101                                    | DISCOUNT       | must be a percentage from 0 to 100
            DISCOUNT=-1                                     | DISCOUNT       | must be an amount from 0 with at most two decimals
            DISCOUNT=10.555                                 | DISCOUNT       | must be an amount from 0 with at most two decimals
            STATUS_NUMBER=3                                 | STATUS_NUMBER  | must be -1 (no-show), 0 (pending), 1 (arrived) or 2 (confirmed)
            STATUS_TEXT=Done                                | STATUS_TEXT    | must be No-show, Pending, Arrived or Confirmed
            STATUS_TEXT=no-show                             |                |
            STATUS_NUMBER=0;REGISTER_ID=5;PAID=72           |                | only for appointments with status Arrived
            STATUS_NUMBER=1;REGISTER_ID=5                   | PAID           | is required with a cash register
            STATUS_NUMBER=1;PAID=72                         | REGISTER_ID    | is required for a paid appointment
            STATUS_NUMBER=1;REGISTER_ID=9;PAID=72           | REGISTER_ID    | cash register 9 is not one of this location
            STATUS_NUMBER=1;REGISTER_ID=5;PAID=70           | PAID           | the paid amount must equal that sum
            STATUS_NUMBER=1;REGISTER_ID=5;PAID=72           |                |
            """)
    void aRowIsReadByTheRules(String changes, ImportField column, String message) {
        List<Problem> problems = new ArrayList<>();
        Optional<ParsedRow> parsed = read(changes, problems);
        if (message == null) {
            assertThat(problems).isEmpty();
            assertThat(parsed).isPresent();
        } else {
            assertThat(parsed).isEmpty();
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.row()).isEqualTo(2);
                assertThat(p.message()).contains(message);
                if (column != null) {
                    assertThat(p.column()).endsWith("(" + column.name() + ")");
                }
            });
        }
    }

    /** Status as given (number or text), then the status and client confirmation it reads as. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                   | CONFIRMED | false
            STATUS_NUMBER=-1     | NO_SHOW   | false
            STATUS_NUMBER=0      | CONFIRMED | false
            STATUS_NUMBER=1      | ARRIVED   | false
            STATUS_NUMBER=2      | CONFIRMED | true
            STATUS_TEXT=Pending  | CONFIRMED | false
            STATUS_TEXT=ARRIVED  | ARRIVED   | false
            STATUS_TEXT=Confirmed | CONFIRMED | true
            STATUS_TEXT=NoShow   | NO_SHOW   | false
            """)
    void statusesReadAsTheSpecSays(String changes, AppointmentStatus status, boolean clientConfirmed) {
        ParsedRow row = read(changes, new ArrayList<>()).orElseThrow();
        assertThat(row.status()).isEqualTo(status);
        assertThat(row.clientConfirmed()).isEqualTo(clientConfirmed);
    }

    @ParameterizedTest(name = "{0} starts {1}, ends {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                      | 2027-03-04T09:30:00Z | 2027-03-04T10:30:00Z
            DATE=4.3.2027 9:07                      | 2027-03-04T08:00:00Z | 2027-03-04T09:00:00Z
            DATE=4.3.2027 9:08;DURATION=            | 2027-03-04T08:15:00Z | 2027-03-04T08:30:00Z
            DATE=31.10.2027 02:30                   | 2027-10-31T00:30:00Z | 2027-10-31T01:30:00Z
            """)
    void theStartIsRoundedToTheSlotStepInTheLocationsZone(String changes, String start, String end) {
        ParsedRow row = read(changes, new ArrayList<>()).orElseThrow();
        assertThat(row.start()).hasToString(start);
        assertThat(row.end()).hasToString(end);
    }

    private static Optional<ParsedRow> read(String changes, List<Problem> problems) {
        Map<ImportField, String> cells = new EnumMap<>(VALID);
        if (changes != null && !changes.isBlank()) {
            for (String change : changes.split(";")) {
                int eq = change.indexOf('=');
                cells.put(ImportField.valueOf(change.substring(0, eq).strip()), change.substring(eq + 1));
            }
        }
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        List<String> headers = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            columns.put(field, field.ordinal());
            headers.add(field.name());
            row.add(cells.getOrDefault(field, ""));
        }
        return new RowReader(CATALOG, columns, headers, Bundles.vocabulary())
                .read(new ImportSheet.SheetRow(2, List.copyOf(row)), problems);
    }
}
