package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.engine.RejectionReason;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.support.Bundles;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each of the engine's rejections as the online-booking refusal clients read: Altegio's number and words, and a page's words. */
class RefusalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NO_STAFF_AVAILABLE     | NO_STAFF   | 436 | No team member is free at this time           | Zu dieser Zeit ist kein Teammitglied frei
            OUTSIDE_BOOKING_WINDOW | TIME_TAKEN | 433 | The time is outside the online booking window | Die Zeit liegt außerhalb des Zeitraums für Online-Buchungen
            OUTSIDE_OPENING_HOURS  | TIME_TAKEN | 433 | The time is not a working time                | Die Zeit ist keine Arbeitszeit
            NOT_A_SLOT_START       | TIME_TAKEN | 433 | The time is not a working time                | Die Zeit ist keine Arbeitszeit
            STAFF_NOT_AVAILABLE    | TIME_TAKEN | 433 | The team member does not work at this time    | Das Teammitglied arbeitet zu dieser Zeit nicht
            RESOURCE_UNAVAILABLE   | TIME_TAKEN | 433 | No room or device is free at this time        | Zu dieser Zeit ist kein Raum und kein Gerät frei
            SLOT_TAKEN             | TIME_TAKEN | 433 | The selected time is already taken            | Die gewählte Zeit ist bereits vergeben
            """)
    void namesTheAppointmentOfTheRequest(
            RejectionReason reason, RefusalCode code, int altegio, String message, String german) {
        Refusal refusal = Refusals.of(reason, 7L);

        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.message()).isEqualTo(message);
        assertThat(refusal.correlationId()).isEqualTo(7L);
        assertThat(refusal.faults()).isEmpty();
        assertThat(refusal.code().altegioNumber()).hasValue(altegio);
        assertThat(refusal.messageIn(Bundles.messages(), Locale.GERMAN)).isEqualTo(german);
    }
}
