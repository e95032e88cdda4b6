package dev.kairos.booking;

import dev.kairos.questionnaires.Answer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The request bodies of Altegio's online booking, read leniently. */
public final class BookingWire {

    private BookingWire() {}

    /**
     * One appointment of a book_check or book_record request.
     *
     * @param id the client's correlation id, echoed back
     * @param staffId a team member, or 0 for any
     * @param datetime ISO 8601 with or without offset, "Y-m-d H:i:s" local to the location, or epoch seconds
     */
    public record Appointment(Long id, List<Long> services, Long staffId, Object datetime) {}

    /** A book_check: the appointments to check, none of which is booked. */
    @Schema(example = """
            {"appointments": [{"id": 1, "services": [12], "staff_id": 5, "datetime": "2026-03-02T10:00:00+01:00"}]}""")
    public record Check(List<Appointment> appointments) {}

    /**
     * @param answers the answers to the questionnaires the appointments' services ask, each naming a
     *     question of the version the client was shown ({@code GET .../services/{id}/questions})
     */
    public record Record(
            String phone,
            String fullname,
            String email,
            String code,
            String comment,
            String type,
            Integer notifyBySms,
            Integer notifyByEmail,
            String apiId,
            List<Appointment> appointments,
            List<Answer> answers) {}

    public record Reschedule(Object datetime, String comment, String recordHash) {}

    public record EventBooking(
            String fullname,
            String phone,
            String email,
            String comment,
            Integer clientsCount,
            String apiId,
            Integer notifyBySms,
            Integer notifyByEmail) {

        /** The reminders asked for, in hours before the event; 422 outside 0 to {@value ReminderHours#MAX}. */
        public ReminderHours reminders() {
            return new ReminderHours(
                    BookingRequests.hours(notifyBySms, "notify_by_sms"),
                    BookingRequests.hours(notifyByEmail, "notify_by_email"));
        }
    }
}
