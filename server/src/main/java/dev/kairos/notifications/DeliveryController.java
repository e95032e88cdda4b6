package dev.kairos.notifications;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log of an appointment: {@code GET /locations/{id}/appointments/{rid}/notifications}. */
@RestController
class DeliveryController {

    private final DeliveryLog log;

    DeliveryController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/locations/{locationId}/appointments/{appointmentId}/notifications")
    Envelope<List<DeliveryLog.DeliveryEntry>> list(
            Caller caller, @PathVariable long locationId, @PathVariable long appointmentId) {
        List<DeliveryLog.DeliveryEntry> entries = log.of(caller, locationId, appointmentId);
        return Envelope.counted(entries, entries.size());
    }
}
