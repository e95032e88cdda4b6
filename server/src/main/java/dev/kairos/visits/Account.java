package dev.kairos.visits;

import java.util.LinkedHashMap;
import java.util.Map;

/** A cash register or non-cash account of one location that money is received into. */
record Account(long id, long locationId, String title, boolean cash, String comment) {

    static final int CASH = 1;
    static final int NON_CASH = 2;

    /** Altegio's account type: 1 cash, 2 non-cash (card, bank). */
    int type() {
        return cash ? CASH : NON_CASH;
    }

    Map<String, Object> wire() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("title", title);
        view.put("type", type());
        view.put("is_cash", cash);
        view.put("comment", comment);
        return view;
    }
}
