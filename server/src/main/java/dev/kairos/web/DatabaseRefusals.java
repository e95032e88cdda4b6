package dev.kairos.web;

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
            case "23P01" -> ApiException.conflict("The time is already taken by another booking");
            case "23505" -> ApiException.conflict("An entry with the same key already exists");
            case "40001", "40P01" -> ApiException.conflict("The data changed at the same moment; try again");
            case "23503" -> invalid("It refers to something that does not exist or was removed");
            case "23502" -> invalid("A required value is missing");
            case "22001" -> invalid("A text is too long");
            case "22003" -> invalid("A number is out of range");
            case "22021", "22P05" -> invalid("A text contains a NUL character, which cannot be stored");
            case "22007", "22008" -> invalid("A date or time is out of range");
            case "2201W", "2201X" -> invalid("The page is out of range");
            default ->
                state.startsWith("22") || state.startsWith("23")
                        ? invalid("The data breaks a rule")
                        : new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", null);
        };
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

    private static ApiException invalid(String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, message, null);
    }
}
