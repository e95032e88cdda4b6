package dev.kairos.visits;

import dev.kairos.refusal.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money as the wire sends them: at most two decimals, within what the database holds. */
final class Money {

    static final BigDecimal LIMIT = new BigDecimal("9999999999.99");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {}

    /**
     * {@code value} with scale 2, or null after recording why it is refused: more than two
     * decimals, or outside {@code [min, max]}. A null value is left for the caller to default.
     */
    static BigDecimal checked(Validation v, String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.reject(field, "has more than two decimals");
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            v.reject(field, "must be between " + min.toPlainString() + " and " + max.toPlainString());
            return null;
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A payment (positive) or refund (negative): non-zero, two decimals at most. */
    static BigDecimal transfer(Validation v, String field, BigDecimal value) {
        v.required(value, field).check(value == null || value.signum() != 0, field, "must not be zero");
        return value == null || value.signum() == 0 ? null : checked(v, field, value, LIMIT.negate(), LIMIT);
    }

    /** What remains of {@code cost} after a discount of {@code percent}. */
    static BigDecimal discounted(BigDecimal cost, BigDecimal percent) {
        return cost.multiply(HUNDRED.subtract(percent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
