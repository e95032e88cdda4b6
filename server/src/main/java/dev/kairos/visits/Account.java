package dev.kairos.visits;

/** A cash register or non-cash account of one location that money is received into. */
record Account(long id, long locationId, String title, boolean cash, String comment) {

    static final int CASH = 1;
    static final int NON_CASH = 2;

    /** Altegio's account type: 1 cash, 2 non-cash (card, bank). */
    int type() {
        return cash ? CASH : NON_CASH;
    }

    FinanceTransaction.CashAccount wire() {
        return new FinanceTransaction.CashAccount(id, title, type(), cash, comment);
    }
}
