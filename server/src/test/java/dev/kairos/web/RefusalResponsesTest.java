package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal code has one HTTP status, and the envelope's errors take the wire's shapes. */
class RefusalResponsesTest {

    @ParameterizedTest
    @CsvSource({
        "PHONE_FORMAT, 422",
        "TIME_TAKEN, 422",
        "NAME_MISSING, 422",
        "NO_STAFF, 422",
        "OVERLAP_IN_REQUEST, 422",
        "NOT_BOOKABLE, 422",
        "NO_SERVICES, 422",
        "TIME_BOOKED_MEANWHILE, 409",
        "INVALID, 422",
        "MALFORMED, 400",
        "NOT_FOUND, 404",
        "UNAUTHENTICATED, 401",
        "FORBIDDEN, 403",
        "CONFLICT, 409",
        "STALE, 412"
    })
    void statusPerCode(RefusalCode code, int status) {
        assertThat(RefusalResponses.status(code).value()).isEqualTo(status);
    }

    @Test
    void bookingCodesCarryAltegioNumberAndTheAppointment() {
        Object errors = RefusalResponses.errors(Refusal.of(RefusalCode.TIME_TAKEN, "Taken", 7L));

        assertThat(errors).isEqualTo(List.of(new RefusalResponses.CodedError(433, "Taken", 7L)));
    }

    @Test
    void aRevivalIntoBookedTimeIsAConflictWithAltegiosTimeTakenNumber() {
        Refusal refusal = Refusal.of(RefusalCode.TIME_BOOKED_MEANWHILE, "Booked meanwhile");

        assertThat(RefusalResponses.status(refusal.code()).value()).isEqualTo(409);
        assertThat(RefusalResponses.errors(refusal))
                .isEqualTo(List.of(new RefusalResponses.CodedError(433, "Booked meanwhile", null)));
    }

    @Test
    void fieldErrorsAreKeptByField() {
        Object errors = RefusalResponses.errors(Refusal.invalid("email", "is not an address"));

        assertThat(errors).isEqualTo(Map.of("email", List.of("is not an address")));
    }

    @Test
    void generalRefusalsHaveNoErrors() {
        assertThat(RefusalResponses.errors(Refusal.notFound("Location"))).isNull();
    }
}
