package dev.kairos.visits;

import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
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
    public Map<Long, FinanceTransaction> byId(long locationId, Collection<Long> ids) {
        ZoneId zone = locations.find(locationId).map(Location::zone).orElse(null);
        if (ids.isEmpty() || zone == null) {
            return Map.of();
        }
        return payments.ofLocation(locationId, ids).stream().collect(Collectors.toMap(Payment::id, p -> p.wire(zone)));
    }

    /**
     * A payment (positive) or refund (negative) of a client, for a page.
     *
     * @param account the title of the cash register or account it went through
     */
    public record ClientPayment(
            long id, long appointmentId, Instant at, BigDecimal amount, String account, String comment) {}

    /** The payments and refunds of the client at the location that count, newest first. */
    public List<ClientPayment> ofClient(long locationId, long clientId) {
        return payments.ofClient(locationId, clientId).stream()
                .map(p -> new ClientPayment(
                        p.id(),
                        p.appointmentId(),
                        p.createdAt(),
                        p.amount(),
                        p.account().title(),
                        p.comment()))
                .toList();
    }
}
