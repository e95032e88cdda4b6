package dev.kairos.platform;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ids drawn ahead from a table's identity sequence, so rows of one batch can reference each other. */
public final class SequenceIds {

    private SequenceIds() {}

    /** {@code count} fresh ids of {@code table}'s {@code id} column, in the order drawn. */
    public static List<Long> draw(JdbcClient db, String table, int count) {
        return db.sql("select nextval(pg_get_serial_sequence(:table, 'id')) from generate_series(1, :count)")
                .param("table", table)
                .param("count", count)
                .query(Long.class)
                .list();
    }
}
