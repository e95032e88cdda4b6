package dev.kairos.clients;

import dev.kairos.platform.SqlParams;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes many clients at once, for seed or bulk data whose rows are already valid: one statement
 * for the batch, with ids drawn ahead by the caller so other rows can name them. The unique phone
 * index still refuses a phone taken in the location; the caller holds the transaction.
 */
@Repository
public class ClientWriter {

    private static final String INSERT = "insert into clients (id, " + Clients.COLUMNS + ")\n" + """
            values (:id, :chainId, :locationId, :name, :surname, '', :phone, :email, :gender, :importance,
                    0, '', :birthDate, '', false, false, 0, 0)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ClientWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One client of a batch.
     *
     * @param phone in E.164, or empty
     * @param gender 0 unknown, 1 male, 2 female
     * @param importance 0 to 3
     * @param birthDate or null
     */
    public record Row(
            long id,
            long chainId,
            long locationId,
            String name,
            String surname,
            String phone,
            String email,
            short gender,
            short importance,
            LocalDate birthDate) {}

    /** Inserts the clients, in the order given. */
    public void insertAll(List<Row> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows.stream().map(SqlParams::of).toArray(SqlParameterSource[]::new));
        }
    }
}
