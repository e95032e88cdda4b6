package dev.kairos.demo;

import dev.kairos.platform.SequenceIds;
import dev.kairos.platform.SqlParams;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Batch inserts of records (each component a named parameter) and ids drawn ahead of them. */
@Component
class Rows {

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate jdbc;

    Rows(JdbcClient db, NamedParameterJdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    void insert(String sql, List<? extends Record> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.stream().map(SqlParams::of).toArray(SqlParameterSource[]::new));
        }
    }

    /** Draws {@code count} ids from the table's identity sequence, so rows can reference each other in one batch. */
    List<Long> nextIds(String table, int count) {
        return SequenceIds.draw(db, table, count);
    }

    JdbcClient db() {
        return db;
    }
}
