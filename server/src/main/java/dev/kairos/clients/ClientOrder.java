package dev.kairos.clients;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The order of a client list: one of the search's {@code order_by} keys and a direction; ties
 * and clients without visits (for the visit-based keys) fall back to id order.
 */
record ClientOrder(String sql, boolean descending) {

    private static final Map<String, String> COLUMNS = Map.of(
            "id", "c.id",
            "name", "lower(c.name)",
            "phone", "c.phone",
            "email", "lower(c.email)",
            "discount", "c.discount",
            "first_visit_date", "v.first_visit",
            "last_visit_date", "v.last_visit",
            "sold_amount", "c.spent",
            "visits_count", "v.visits");

    static final ClientOrder BY_ID = new ClientOrder("c.id", false);

    /** By name as people read a list: case aside. */
    static final ClientOrder BY_NAME = new ClientOrder("lower(c.name)", false);

    /** The order for {@code key} (null for id) and {@code direction} (ASC/DESC in any case, null for ASC). */
    static Optional<ClientOrder> of(String key, String direction) {
        String column = COLUMNS.get(key == null ? "id" : key.strip().toLowerCase(Locale.ROOT));
        String dir = direction == null ? "asc" : direction.strip().toLowerCase(Locale.ROOT);
        if (column == null || !(dir.equals("asc") || dir.equals("desc"))) {
            return Optional.empty();
        }
        return Optional.of(new ClientOrder(column, dir.equals("desc")));
    }

    String orderBy() {
        String dir = descending ? " desc" : " asc";
        return sql + dir + " nulls last, c.id" + dir;
    }
}
