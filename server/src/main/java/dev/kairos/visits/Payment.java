package dev.kairos.visits;

import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Money received for an appointment (a positive amount) or given back (negative). A deleted
 * payment no longer counts but stays readable.
 *
 * @param visitId null when the appointment is in no visit
 * @param clientId null when the appointment has no client
 * @param deletedAt null while the payment counts
 */
record Payment(
        long id,
        long locationId,
        long appointmentId,
        Long visitId,
        Account account,
        Long clientId,
        BigDecimal amount,
        String comment,
        Long userId,
        Instant createdAt,
        Instant deletedAt) {

    boolean deleted() {
        return deletedAt != null;
    }

    /** Altegio's finance transaction, as visit details list it. */
    FinanceTransaction wire(ZoneId zone) {
        return new FinanceTransaction(
                id,
                0,
                WireTime.local(createdAt, zone),
                WireTime.compact(createdAt, zone),
                account.id(),
                amount,
                clientId == null ? 0 : clientId,
                appointmentId,
                visitId == null ? 0 : visitId,
                userId == null ? 0 : userId,
                comment,
                deleted(),
                WireTime.compact(deletedAt, zone),
                account.wire());
    }
}
