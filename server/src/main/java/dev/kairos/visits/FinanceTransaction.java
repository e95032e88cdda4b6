package dev.kairos.visits;

import java.math.BigDecimal;

/**
 * Altegio's finance transaction, as visit details, payments and webhooks show a payment. Ids a
 * payment lacks are 0; the dates are wire dates in the location's zone.
 *
 * @param deletedAt null while the payment counts
 */
public record FinanceTransaction(
        long id,
        int documentId,
        String date,
        String createDate,
        long accountId,
        BigDecimal amount,
        long clientId,
        long recordId,
        long visitId,
        long userId,
        String comment,
        boolean deleted,
        String deletedAt,
        CashAccount account) {

    /** A cash register or account: {@code type} 1 cash, 2 non-cash. */
    public record CashAccount(long id, String title, int type, boolean isCash, String comment) {}
}
