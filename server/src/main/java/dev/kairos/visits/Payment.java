package dev.kairos.visits;

import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

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
    Map<String, Object> wire(ZoneId zone) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("document_id", 0);
        view.put("date", WireTime.local(createdAt, zone));
        view.put("create_date", WireTime.compact(createdAt, zone));
        view.put("account_id", account.id());
        view.put("amount", amount);
        view.put("client_id", clientId == null ? 0 : clientId);
        view.put("record_id", appointmentId);
        view.put("visit_id", visitId == null ? 0 : visitId);
        view.put("user_id", userId == null ? 0 : userId);
        view.put("comment", comment);
        view.put("deleted", deleted());
        view.put("deleted_at", WireTime.compact(deletedAt, zone));
        view.put("account", account.wire());
        return view;
    }
}
