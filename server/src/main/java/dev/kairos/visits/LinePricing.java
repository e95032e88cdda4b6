package dev.kairos.visits;

import dev.kairos.booking.ServiceLines;
import dev.kairos.refusal.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns the service lines a visit update sends into priced lines, defaulting what is left out. */
final class LinePricing {

    private static final int MAX_AMOUNT = 10_000;

    private LinePricing() {}

    /**
     * The priced lines, or an empty list after recording every refusal in {@code v}.
     *
     * @param prices the list price of each service of the location the request names
     * @param current the appointment's lines now, whose first costs are kept when none is sent
     */
    static List<ServiceLines.Line> priced(
            Validation v,
            List<VisitChange.ServiceChange> wanted,
            Map<Long, BigDecimal> prices,
            List<ServiceLines.Line> current) {
        List<ServiceLines.Line> lines = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            ServiceLines.Line line = priced(v, "services[" + i + "]", wanted.get(i), prices, current);
            if (line != null) {
                lines.add(line);
            }
        }
        return v.ok() ? lines : List.of();
    }

    private static ServiceLines.Line priced(
            Validation v,
            String field,
            VisitChange.ServiceChange s,
            Map<Long, BigDecimal> prices,
            List<ServiceLines.Line> current) {
        if (s == null || s.id() == null) {
            v.reject(field + ".id", "is required");
            return null;
        }
        if (!prices.containsKey(s.id())) {
            v.reject(field + ".id", "is not a service of this location");
            return null;
        }
        int amount = Objects.requireNonNullElse(s.amount(), 1);
        v.check(amount >= 1 && amount <= MAX_AMOUNT, field + ".amount", "must be between 1 and " + MAX_AMOUNT);
        BigDecimal firstCost = Money.checked(v, field + ".first_cost", s.firstCost(), BigDecimal.ZERO, Money.LIMIT);
        BigDecimal discount = Money.checked(v, field + ".discount", s.discount(), BigDecimal.ZERO, Money.HUNDRED);
        BigDecimal cost = Money.checked(v, field + ".cost", s.cost(), BigDecimal.ZERO, Money.LIMIT);
        if (!v.ok()) {
            return null;
        }
        BigDecimal first =
                firstCost != null ? firstCost : currentFirstCost(current, s.id(), amount, prices.get(s.id()));
        if (first.compareTo(Money.LIMIT) > 0) {
            v.reject(field + ".amount", "makes the line cost more than " + Money.LIMIT.toPlainString());
            return null;
        }
        BigDecimal percent = discount != null ? discount : BigDecimal.ZERO.setScale(2);
        BigDecimal charged = cost != null ? cost : Money.discounted(first, percent);
        return new ServiceLines.Line(s.id(), amount, first, percent, charged);
    }

    private static BigDecimal currentFirstCost(
            List<ServiceLines.Line> current, long serviceId, int amount, BigDecimal listPrice) {
        return current.stream()
                .filter(l -> l.serviceId() == serviceId && l.amount() == amount)
                .map(ServiceLines.Line::firstCost)
                .findFirst()
                .orElse(listPrice.multiply(BigDecimal.valueOf(amount)));
    }
}
