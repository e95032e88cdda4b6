package dev.kairos.platform;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Several queries sent to PostgreSQL together: the driver writes all of them before it waits, so
 * they cost one round trip instead of one each. Every query reads its rows with its own handler,
 * and they share one set of named parameters.
 */
@Component
public class OneRoundTrip {

    private final NamedParameterJdbcTemplate jdbc;

    OneRoundTrip(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queries to send together, each with the handler of its rows. */
    public Batch queries() {
        return new Batch();
    }

    public final class Batch {

        private final List<String> sql = new ArrayList<>();
        private final List<RowCallbackHandler> readers = new ArrayList<>();

        private Batch() {}

        /** Adds a query (no trailing semicolon) whose rows go to {@code reader}, in order. */
        public Batch add(String query, RowCallbackHandler reader) {
            sql.add(query);
            readers.add(reader);
            return this;
        }

        /** Sends every query added so far and hands each its rows. */
        public void run(SqlParameterSource params) {
            jdbc.execute(String.join(";\n", sql), params, (PreparedStatement statement) -> {
                boolean rows = statement.execute();
                for (RowCallbackHandler reader : readers) {
                    while (!rows && statement.getUpdateCount() != -1) {
                        rows = statement.getMoreResults();
                    }
                    if (!rows) {
                        throw new IllegalStateException("a query of the batch returned no rows to read");
                    }
                    try (ResultSet result = statement.getResultSet()) {
                        while (result.next()) {
                            reader.processRow(result);
                        }
                    }
                    rows = statement.getMoreResults();
                }
                return null;
            });
        }
    }
}
