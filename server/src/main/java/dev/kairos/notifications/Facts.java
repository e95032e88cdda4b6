package dev.kairos.notifications;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a message about an appointment says, read when it is sent (so it tells the appointment as
 * it is then, not as it was planned).
 */
record Facts(Visit visit, Place place, Person client, Person member, boolean clientUnsubscribed) {

    /**
     * The appointment.
     *
     * @param version raised on every change: the calendar file's SEQUENCE
     * @param services the services' titles, in booking order, comma-separated ("" for none)
     */
    record Visit(
            long id,
            String status,
            Instant start,
            Instant end,
            int version,
            String recordHash,
            String services,
            Long clientId) {

        boolean holding() {
            return status.equals("requested") || status.equals("confirmed");
        }
    }

    /** The location, with where its staff are told. */
    record Place(
            long id,
            long chainId,
            String title,
            String address,
            String phone,
            ZoneId zone,
            String language,
            String staffEmail,
            String staffPhone) {}

    /** A client or team member: name and addresses ("" where unknown). */
    record Person(String name, String email, String phone) {

        static final Person NOBODY = new Person("", "", "");
    }
}
