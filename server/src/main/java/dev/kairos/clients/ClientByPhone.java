package dev.kairos.clients;

import dev.kairos.platform.SqlParams;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A client named by phone, as a booking names them: the location's live client with the phone,
 * or one made with the name and email given. {@link #TABLES} finds or makes them inside another
 * module's statement, so that a booking writes its client and its appointment at once; {@link
 * Clients#findOrCreateIdByPhone} runs the same SQL on its own.
 *
 * @param name the name to make the client with, 1 to 200 characters after stripping
 * @param surname null for none
 * @param email null for none
 */
public record ClientByPhone(
        long chainId, long locationId, PhoneNumber phone, String name, String surname, String email) {

    /**
     * Common tables ending in {@code client(id, created)}: the live client with the phone, or the
     * one made now (created), one row; no row when another transaction made a client with the
     * phone meanwhile (a statement begun after that one committed finds it) or the location is not
     * the chain's. Parameters: {@link #params()}. The tables {@code found} and {@code made} are taken.
     */
    public static final String TABLES = Clients.FIND_OR_MAKE;

    public ClientByPhone {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("a new client needs a name of 1 to 200 characters");
        }
        name = name.strip();
    }

    /** The named parameters of {@link #TABLES}: the new client's fields, {@code :chain} and {@code :location}. */
    public SqlParameterSource params() {
        return SqlParams.of(fields()).addValue("chain", chainId).addValue("location", locationId);
    }

    ClientFields fields() {
        return ClientFields.minimal(name, blankIfNull(surname), phone.e164(), blankIfNull(email));
    }

    /** What the activity log says of a client made this way. */
    Map<String, Object> created() {
        return Map.of("name", name, "phone", phone.e164(), "source", "booking");
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}
