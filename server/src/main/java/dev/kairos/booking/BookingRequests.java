package dev.kairos.booking;

import dev.kairos.auth.Tokens;
import dev.kairos.clients.EmailAddress;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.wire.WireTime;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads and validates online-booking requests into what the client wants. */
@Component
public class BookingRequests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Locations locations;
    private final JsonMapper json;

    BookingRequests(Locations locations, JsonMapper json) {
        this.locations = locations;
        this.json = json;
    }

    /** One wanted appointment: services back to back, by a team member (0 any), from a start. */
    public record Wanted(Long correlationId, List<Long> services, long staffId, Instant start) {}

    private static final Fault NO_SERVICES = Fault.of("refusal.no-services", "No services or promotions set");

    public Location location(long id) {
        return locations.find(id).orElseThrow(() -> Refusal.notFound("Location").exception());
    }

    public PhoneNumber phone(String raw, Location location) {
        if (raw == null || raw.isBlank()) {
            throw Refusal.of(
                            RefusalCode.PHONE_FORMAT,
                            Fault.of("refusal.phone-missing", "The phone number is missing"),
                            null)
                    .exception();
        }
        return PhoneNumber.parse(raw, location.defaultRegion()).orElseThrow(() -> Refusal.of(
                        RefusalCode.PHONE_FORMAT,
                        Fault.of("refusal.phone-format", "The phone number has a wrong format"),
                        null)
                .exception());
    }

    public void requireName(String fullname) {
        if (fullname == null || fullname.isBlank()) {
            throw Refusal.of(
                            RefusalCode.NAME_MISSING,
                            Fault.of("refusal.name-missing", "The client's name is missing"),
                            null)
                    .exception();
        }
        if (fullname.strip().length() > 200) {
            throw Refusal.invalid("fullname", Fault.tooLong(200)).exception();
        }
    }

    /**
     * The client's e-mail address a request gives, as stored: empty for none.
     *
     * @param field the field to name in the refusal
     * @throws dev.kairos.refusal.Refused 422 naming {@code field} when it is given and not an address
     */
    public static String email(String raw, String field) {
        if (!EmailAddress.blankOrValid(raw)) {
            throw Refusal.invalid(field, Fault.of("fault.email", "is not an email address"))
                    .exception();
        }
        return EmailAddress.storable(raw);
    }

    public List<Wanted> parse(Location location, List<BookingWire.Appointment> appointments) {
        if (appointments == null || appointments.isEmpty()) {
            throw Refusal.of(RefusalCode.NO_SERVICES, NO_SERVICES, null).exception();
        }
        if (appointments.size() > 20) {
            throw Refusal.invalid(
                            "appointments",
                            Fault.of("fault.appointments-at-most", "at most 20 appointments per request", 20))
                    .exception();
        }
        List<Wanted> wanted = new ArrayList<>();
        for (BookingWire.Appointment a : appointments) {
            if (a == null
                    || a.services() == null
                    || a.services().isEmpty()
                    || a.services().stream().anyMatch(java.util.Objects::isNull)) {
                throw Refusal.of(RefusalCode.NO_SERVICES, NO_SERVICES, a == null ? null : a.id())
                        .exception();
            }
            if (a.datetime() == null) {
                throw Refusal.invalid("datetime", Fault.required()).exception();
            }
            wanted.add(new Wanted(
                    a.id(),
                    List.copyOf(a.services()),
                    a.staffId() == null ? 0 : a.staffId(),
                    WireTime.parseInstant("datetime", String.valueOf(a.datetime()), location.zone())));
        }
        return wanted;
    }

    /**
     * The reminders a book_record asks for: {@code notify_by_sms} and {@code notify_by_email}, hours
     * before the start (0 or absent for none).
     *
     * @throws dev.kairos.refusal.Refused 422 for hours outside 0 to {@value ReminderHours#MAX}
     */
    public static ReminderHours reminders(BookingWire.Record request) {
        return new ReminderHours(
                hours(request.notifyBySms(), "notify_by_sms"), hours(request.notifyByEmail(), "notify_by_email"));
    }

    /** Reminder hours as sent, 0 when absent. */
    public static int hours(Integer value, String field) {
        if (value != null && (value < 0 || value > ReminderHours.MAX)) {
            throw Refusal.invalid(
                            field,
                            Fault.of(
                                    "fault.hours-between",
                                    "must be between 0 and " + ReminderHours.MAX + " hours",
                                    0,
                                    ReminderHours.MAX))
                    .exception();
        }
        return value == null ? 0 : value;
    }

    public String hash(Object request) {
        return Tokens.hash(json.writeValueAsString(request));
    }

    public static String newHash() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether {@code e} is PostgreSQL's deadlock refusal (40P01): its transaction was aborted to free another. */
    public static boolean isDeadlock(Throwable e) {
        return sqlException(e, "40P01") != null;
    }

    /** Whether the database refused a write with an exclusion constraint: an overlap. */
    public static boolean isOverlap(Throwable e) {
        return sqlException(e, "23P01") != null;
    }

    /** The exception behind {@code e} with SQLSTATE {@code state}, or null. */
    private static SQLException sqlException(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return sql;
            }
        }
        return null;
    }
}
