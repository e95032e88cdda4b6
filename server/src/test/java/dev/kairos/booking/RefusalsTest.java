package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.engine.RejectionReason;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each of the engine's rejections as the online-booking refusal clients read: Altegio's number and words. */
class RefusalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NO_STAFF_AVAILABLE     | NO_STAFF   | 436 | No team member is free at this time
            OUTSIDE_BOOKING_WINDOW | TIME_TAKEN | 433 | The time is outside the online booking window
            OUTSIDE_OPENING_HOURS  | TIME_TAKEN | 433 | The time is not a working time
            NOT_A_SLOT_START       | TIME_TAKEN | 433 | The time is not a working time
            STAFF_NOT_AVAILABLE    | TIME_TAKEN | 433 | The team member does not work at this time
            RESOURCE_UNAVAILABLE   | TIME_TAKEN | 433 | No room or device is free at this time
            SLOT_TAKEN             | TIME_TAKEN | 433 | The selected time is already taken
            """)
    void namesTheAppointmentOfTheRequest(RejectionReason reason, RefusalCode code, int altegio, String message) {
        Refusal refusal = Refusals.of(reason, 7L);

        assertThat(refusal).isEqualTo(Refusal.of(code, message, 7L));
        assertThat(refusal.code().altegioNumber()).hasValue(altegio);
    }
}
