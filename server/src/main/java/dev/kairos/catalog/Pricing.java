package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a service costs: a price range (equal ends for a fixed price) and a discount.
 *
 * @param min the lowest price, zero or more
 * @param max the highest price, at least {@code min}
 * @param discount a percentage between 0 and 100
 */
public record Pricing(BigDecimal min, BigDecimal max, BigDecimal discount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LIMIT = new BigDecimal("9999999999.99");

    /** @throws ServiceRuleViolation if a price is negative, too large, or max is below min */
    public Pricing {
        min = money(min);
        max = money(max);
        discount = money(discount);
        new ServiceRuleViolation.Rules()
                .check(
                        min.signum() >= 0 && min.compareTo(LIMIT) <= 0,
                        "price_min",
                        Fault.between(BigDecimal.ZERO, LIMIT).saying("price_min must be between 0 and " + LIMIT))
                .check(
                        max.compareTo(LIMIT) <= 0,
                        "price_max",
                        Fault.of("fault.at-most", "price_max must be at most " + LIMIT, LIMIT))
                .check(
                        max.compareTo(min) >= 0,
                        "price_max",
                        Fault.of("fault.service.price-order", "price_max must be greater than or equal to price_min"))
                .check(
                        discount.signum() >= 0 && discount.compareTo(HUNDRED) <= 0,
                        "discount",
                        Fault.between(0, 100).saying("discount must be between 0 and 100"))
                .orThrow();
    }

    public static Pricing free() {
        return new Pricing(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static BigDecimal money(BigDecimal value) {
        return Objects.requireNonNullElse(value, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
