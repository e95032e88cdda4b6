package dev.kairos.booking;

import dev.kairos.engine.RejectionReason;
import dev.kairos.web.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The online-booking error codes of the Altegio wire (§1.7), each naming the failing appointment. */
public final class Refusals {

    public static final int PHONE_FORMAT = 431;
    public static final int TIME_TAKEN = 433;
    public static final int NAME_MISSING = 435;
    public static final int NO_STAFF = 436;
    public static final int OVERLAP_IN_REQUEST = 437;
    public static final int NOT_BOOKABLE = 438;

    private Refusals() {}

    public static ApiException of(int code, String message, Long appointmentId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (appointmentId != null) {
            error.put("id", appointmentId);
        }
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, message, List.of(error));
    }

    public static ApiException of(RejectionReason reason, Long appointmentId) {
        return switch (reason) {
            case NO_STAFF_AVAILABLE -> of(NO_STAFF, "No team member is free at this time", appointmentId);
            case OUTSIDE_BOOKING_WINDOW ->
                of(TIME_TAKEN, "The time is outside the online booking window", appointmentId);
            case OUTSIDE_OPENING_HOURS, NOT_A_SLOT_START ->
                of(TIME_TAKEN, "The time is not a working time", appointmentId);
            case STAFF_NOT_AVAILABLE -> of(TIME_TAKEN, "The team member does not work at this time", appointmentId);
            case RESOURCE_UNAVAILABLE -> of(TIME_TAKEN, "No room or device is free at this time", appointmentId);
            case SLOT_TAKEN -> of(TIME_TAKEN, "The selected time is already taken", appointmentId);
        };
    }
}
