package dev.kairos.visits;

import java.math.BigDecimal;
import java.util.List;

/**
 * Altegio's {@code PUT /visits/{visit_id}/{record_id}} body. {@code attendance} and {@code comment}
 * are required; {@code services} (absent or empty: unchanged) replace the path record's service
 * lines; {@code fast_payment} 1 (or 129) pays what is outstanding into the location's first cash
 * account, 2 (or 130) into its first non-cash one. {@code goods_transactions} are accepted and ignored.
 */
record VisitChange(
        Integer attendance,
        String comment,
        List<ServiceChange> services,
        List<NewTransaction> newTransactions,
        List<Long> deletedTransactionIds,
        Integer fastPayment,
        Object goodsTransactions) {

    /**
     * A service line: {@code id} is the service. Absent {@code amount} is 1, {@code discount} 0,
     * {@code first_cost} the line's current one (or the service's list price), {@code cost} the
     * first cost less the discount.
     */
    record ServiceChange(Long id, BigDecimal firstCost, BigDecimal discount, BigDecimal cost, Integer amount) {}

    /** A payment ({@code amount} above zero) or refund into the account, for the path record. */
    record NewTransaction(Long accountId, BigDecimal amount, String comment) {}
}
