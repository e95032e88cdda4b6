package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.support.Bundles;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lifecycle as a table: every move from every status, and the Altegio fields each status shows. */
class TransitionTest {

    /**
     * One row per move; the columns are the statuses it may start from, in the order requested,
     * confirmed, arrived, completed, no_show, cancelled, rejected (x: allowed), then where it ends,
     * whether it stamps that status's time and whether it records who made it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CONFIRM        | x------ | CONFIRMED | true  | true
            REJECT         | x------ | REJECTED  | true  | true
            CLIENT_CONFIRM | xx----- | CONFIRMED | true  | false
            ARRIVE         | xx--x-- | ARRIVED   | true  | false
            COMPLETE       | -xx---- | COMPLETED | true  | false
            NO_SHOW        | xxx---- | NO_SHOW   | true  | false
            WAIT           | --x-x-- | CONFIRMED | false | false
            CANCEL         | xxxxx-- | CANCELLED | true  | true
            """)
    void movesFromTheStatusesTheTableAllows(
            Transition move, String from, AppointmentStatus to, boolean stamps, boolean recordsWho) {
        AppointmentStatus[] statuses = AppointmentStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            assertThat(move.allowedFrom(statuses[i]))
                    .as(move + " from " + statuses[i])
                    .isEqualTo(from.charAt(i) == 'x');
        }
        assertThat(move.to()).isEqualTo(to);
        assertThat(move.stamps()).isEqualTo(stamps);
        assertThat(move.recordsWho()).isEqualTo(recordsWho);
    }

    /** Each status as the German Overview names it, the word a German refusal shows. */
    private static final java.util.Map<AppointmentStatus, String> GERMAN_WORDS = java.util.Map.of(
            AppointmentStatus.REQUESTED, "Wartet auf Freigabe",
            AppointmentStatus.CONFIRMED, "Ausstehend",
            AppointmentStatus.ARRIVED, "Erschienen",
            AppointmentStatus.COMPLETED, "Abgeschlossen",
            AppointmentStatus.NO_SHOW, "Nicht erschienen",
            AppointmentStatus.CANCELLED, "Storniert",
            AppointmentStatus.REJECTED, "Abgelehnt");

    /** The statuses of an English list ({@code "confirmed, no_show"}) in their German words, in the same order. */
    private static String germanWords(String english) {
        return java.util.Arrays.stream(english.split(", "))
                .map(s -> GERMAN_WORDS.get(AppointmentStatus.fromDb(s)))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A move from a status it may not start from: refused as a conflict naming the statuses it may start from. */
    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CONFIRM        | CONFIRMED | A confirmed appointment cannot be moved by 'confirm' (allowed from: requested)
            REJECT         | ARRIVED   | A arrived appointment cannot be moved by 'reject' (allowed from: requested)
            CLIENT_CONFIRM | NO_SHOW   | A no_show appointment cannot be moved by 'client_confirm' (allowed from: confirmed, requested)
            ARRIVE         | COMPLETED | A completed appointment cannot be moved by 'arrive' (allowed from: confirmed, no_show, requested)
            COMPLETE       | REQUESTED | A requested appointment cannot be moved by 'complete' (allowed from: arrived, confirmed)
            NO_SHOW        | COMPLETED | A completed appointment cannot be moved by 'no_show' (allowed from: arrived, confirmed, requested)
            WAIT           | CONFIRMED | A confirmed appointment cannot be moved by 'wait' (allowed from: arrived, no_show)
            CANCEL         | CANCELLED | A cancelled appointment cannot be moved by 'cancel' (allowed from: arrived, completed, confirmed, no_show, requested)
            CANCEL         | REJECTED  | A rejected appointment cannot be moved by 'cancel' (allowed from: arrived, completed, confirmed, no_show, requested)
            """)
    void aMoveFromAStatusItMayNotStartFromIsRefused(Transition move, AppointmentStatus from, String message) {
        Refusal refusal = move.refusalFrom(from).orElseThrow();
        assertThat(refusal.code()).isEqualTo(RefusalCode.CONFLICT);
        assertThat(refusal.message()).isEqualTo(message);
        assertThat(refusal.messageIn(Bundles.messages(), Locale.GERMAN))
                .isEqualTo("Ein Termin im Status " + GERMAN_WORDS.get(from) + " kann nicht mit '" + move.wireName()
                        + "' geändert werden (erlaubt aus: "
                        + germanWords(message.replaceAll(".*allowed from: (.*)\\)$", "$1"))
                        + ")");
    }

    /** Every pair of move and status: refused as a conflict exactly where the table above does not allow it. */
    @ParameterizedTest
    @EnumSource(Transition.class)
    void refusesExactlyTheStatusesItMayNotStartFrom(Transition move) {
        for (AppointmentStatus status : AppointmentStatus.values()) {
            assertThat(move.refusalFrom(status).map(Refusal::code))
                    .as(move + " from " + status)
                    .isEqualTo(move.allowedFrom(status) ? Optional.empty() : Optional.of(RefusalCode.CONFLICT));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = AppointmentStatus.class,
            names = {"CANCELLED", "REJECTED"})
    void cancelledAndRejectedAreFinal(AppointmentStatus status) {
        assertThat(Arrays.stream(Transition.values()).filter(t -> t.allowedFrom(status)))
                .isEmpty();
    }

    /** Status, client confirmed, then Altegio's attendance, confirmed and deleted. */
    @ParameterizedTest(name = "{0} (client confirmed {1})")
    @CsvSource(textBlock = """
            REQUESTED, false, 0,  0, false
            CONFIRMED, false, 0,  1, false
            CONFIRMED, true,  2,  1, false
            ARRIVED,   false, 1,  1, false
            COMPLETED, false, 1,  1, false
            NO_SHOW,   false, -1, 1, false
            CANCELLED, false, 0,  1, true
            REJECTED,  false, 0,  0, true
            """)
    void showsAltegiosFields(
            AppointmentStatus status, boolean clientConfirmed, int attendance, int confirmed, boolean deleted) {
        assertThat(status.attendance(clientConfirmed)).isEqualTo(attendance);
        assertThat(status.confirmed()).isEqualTo(confirmed);
        assertThat(status.deleted()).isEqualTo(deleted);
        assertThat(AppointmentStatus.fromDb(status.dbName())).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            confirm,        CONFIRM
            client_confirm, CLIENT_CONFIRM
            client-confirm, CLIENT_CONFIRM
            NO_SHOW,        NO_SHOW
            no-show,        NO_SHOW
            wait,           WAIT
            """)
    void readsTheWireName(String wire, Transition move) {
        assertThat(Transition.ofWireName(wire)).contains(move);
        assertThat(Transition.ofWireName(move.wireName())).contains(move);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "delete", "confirmed", "restore"})
    void anUnknownWireNameIsNoMove(String wire) {
        assertThat(Transition.ofWireName(wire)).isEmpty();
    }

    @ParameterizedTest(name = "attendance {0} is {1}")
    @CsvSource({"2, CLIENT_CONFIRM", "1, ARRIVE", "0, WAIT", "-1, NO_SHOW"})
    void readsAltegiosAttendance(int attendance, Transition move) {
        assertThat(Transition.ofAttendance(attendance)).isEqualTo(move);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, -2, 100})
    void anotherAttendanceIsABrokenInput(int attendance) {
        assertThatThrownBy(() -> Transition.ofAttendance(attendance)).isInstanceOf(IllegalArgumentException.class);
    }
}
