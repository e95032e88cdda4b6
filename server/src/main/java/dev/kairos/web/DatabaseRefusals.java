package dev.kairos.web;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;

/**
 * What a statement PostgreSQL refused means to the client, by its SQLSTATE, in words that name
 * no table, column, constraint or SQL. Anything unforeseen is an internal error.
 */
final class DatabaseRefusals {

    private DatabaseRefusals() {}

    static ApiException of(DataAccessException e) {
        String state = sqlState(e);
        if (state == null) {
            return new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", null);
        }
        return switch (state) {
            case "23P01" -> conflict("refusal.database.taken", "The time is already taken by another booking");
            case "23505" -> sameKey();
            case "40001", "40P01" ->
                conflict("refusal.database.concurrent", "The data changed at the same moment; try again");
            case "23503" ->
                invalid("refusal.database.missing", "It refers to something that does not exist or was removed");
            case "23502" -> invalid("refusal.database.required", "A required value is missing");
            case "22001" -> invalid("refusal.database.text-long", "A text is too long");
            case "22003" -> invalid("refusal.database.number-range", "A number is out of range");
            case "22021", "22P05" ->
                invalid("refusal.database.nul", "A text contains a NUL character, which cannot be stored");
            case "22007", "22008" -> invalid("refusal.database.date-range", "A date or time is out of range");
            case "2201W", "2201X" -> invalid("refusal.database.page-range", "The page is out of range");
            default ->
                state.startsWith("22") || state.startsWith("23")
                        ? invalid("refusal.database.rule", "The data breaks a rule")
                        : new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", null);
        };
    }

    /** A second entry of a key only one may have, wherever the database or a writer finds it. */
    static ApiException sameKey() {
        return conflict("refusal.database.same-key", "An entry with the same key already exists");
    }

    /** The SQLSTATE of the statement behind {@code e}, or null when no database refusal caused it. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static ApiException conflict(String key, String english) {
        Fault says = Fault.of(key, english);
        return new ApiException(HttpStatus.CONFLICT, english, null, Refusal.conflict(says));
    }

    private static ApiException invalid(String key, String english) {
        Fault says = Fault.of(key, english);
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, english, null, Refusal.of(RefusalCode.INVALID, says));
    }
}
