package dev.kairos.visits;

import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Altegio's finance transactions (payments and refunds) by id, deleted ones too, as the API shows them. */
@Component
public class PaymentViews {

    private final Payments payments;
    private final Locations locations;

    PaymentViews(Payments payments, Locations locations) {
        this.payments = payments;
        this.locations = locations;
    }

    /** The location's payments among {@code ids}, by id; other locations' and unknown ids are left out. */
    public Map<Long, Map<String, Object>> byId(long locationId, Collection<Long> ids) {
        ZoneId zone = locations.find(locationId).map(Location::zone).orElse(null);
        if (ids.isEmpty() || zone == null) {
            return Map.of();
        }
        return payments.ofLocation(locationId, ids).stream().collect(Collectors.toMap(Payment::id, p -> p.wire(zone)));
    }
}
