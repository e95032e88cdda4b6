package dev.kairos.demo;

import dev.kairos.platform.SequenceIds;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo's database, and ids drawn ahead so the modules' writers can take rows that name each other. */
@Component
class Rows {

    private final JdbcClient db;

    Rows(JdbcClient db) {
        this.db = db;
    }

    /** Draws {@code count} ids from the table's identity sequence, so rows can reference each other in one batch. */
    List<Long> nextIds(String table, int count) {
        return SequenceIds.draw(db, table, count);
    }

    JdbcClient db() {
        return db;
    }
}
