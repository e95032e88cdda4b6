package dev.kairos.onlinebooking;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.availability.Offer;
import dev.kairos.availability.ServiceRules;
import dev.kairos.booking.NewAppointment;
import dev.kairos.engine.Slot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns a bookable slot into the times, priced lines and resource holds of an appointment. */
final class Plans {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Plans() {}

    static NewAppointment.Times times(List<ServiceRules> services, Long member, Instant start) {
        long total = services.stream().mapToLong(s -> s.durationFor(member)).sum();
        Instant end = start.plusSeconds(total);
        ServiceRules first = services.get(0);
        ServiceRules last = services.get(services.size() - 1);
        return new NewAppointment.Times(
                start,
                end,
                start.minusSeconds(first.bufferBeforeSeconds()),
                end.plusSeconds(last.bufferAfterSeconds() + (long) last.technicalBreakSeconds()),
                last.technicalBreakSeconds());
    }

    /** For each resource the services need, the first free instance over the segments that need it. */
    static List<NewAppointment.Hold> holds(List<ServiceRules> services, Long member, Slot slot) {
        List<NewAppointment.Hold> holds = new ArrayList<>();
        slot.resources().forEach((resource, free) -> {
            Instant from = null;
            Instant until = null;
            Instant cursor = slot.start();
            for (ServiceRules service : services) {
                Instant segmentEnd = cursor.plusSeconds(service.durationFor(member));
                if (service.resourceIds().contains(resource.value())) {
                    from = from == null ? cursor : from;
                    until = segmentEnd;
                }
                cursor = segmentEnd;
            }
            if (from != null && !free.isEmpty()) {
                holds.add(new NewAppointment.Hold(free.get(0), from, until));
            }
        });
        return holds;
    }

    static List<NewAppointment.Line> lines(List<ServiceRules> services) {
        return services.stream()
                .map(s -> new NewAppointment.Line(
                        s.id(),
                        s.priceMin(),
                        s.discount(),
                        s.priceMin().multiply(HUNDRED.subtract(s.discount())).divide(HUNDRED, 2, RoundingMode.HALF_UP)))
                .toList();
    }

    static AppointmentStatus initialStatus(List<ServiceRules> services) {
        return services.stream().anyMatch(ServiceRules::needsApproval)
                ? AppointmentStatus.REQUESTED
                : AppointmentStatus.CONFIRMED;
    }

    static boolean needsResources(Offer offer) {
        return offer.services().stream().anyMatch(s -> !s.resourceIds().isEmpty());
    }
}
