package dev.kairos.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts table. Deleting is soft: payments keep pointing at the account they went into. */
@Repository
class CashRegisters {

    private static final String COLUMNS = "id, location_id, title, is_cash, comment";

    private final JdbcClient db;

    CashRegisters(JdbcClient db) {
        this.db = db;
    }

    /** The location's live accounts, oldest first. */
    List<Account> atLocation(long locationId) {
        return db.sql("select " + COLUMNS + " from accounts where location_id = :location and not deleted order by id")
                .param("location", locationId)
                .query(CashRegisters::map)
                .list();
    }

    /** The account if it is live and the location's. */
    Optional<Account> find(long locationId, long id) {
        return db.sql("select " + COLUMNS + " from accounts where id = :id and location_id = :location and not deleted")
                .param("id", id)
                .param("location", locationId)
                .query(CashRegisters::map)
                .optional();
    }

    /** The location's oldest live cash ({@code cash}) or non-cash account. */
    Optional<Account> first(long locationId, boolean cash) {
        return db.sql(
                        "select " + COLUMNS
                                + " from accounts where location_id = :location and is_cash = :cash and not deleted order by id limit 1")
                .param("location", locationId)
                .param("cash", cash)
                .query(CashRegisters::map)
                .optional();
    }

    long insert(long locationId, String title, boolean cash, String comment) {
        return db.sql(
                        "insert into accounts (location_id, title, is_cash, comment) values (:location, :title, :cash, :comment) returning id")
                .param("location", locationId)
                .param("title", title)
                .param("cash", cash)
                .param("comment", comment)
                .query(Long.class)
                .single();
    }

    void update(long id, String title, boolean cash, String comment) {
        db.sql("update accounts set title = :title, is_cash = :cash, comment = :comment where id = :id")
                .param("id", id)
                .param("title", title)
                .param("cash", cash)
                .param("comment", comment)
                .update();
    }

    void delete(long id) {
        db.sql("update accounts set deleted = true where id = :id")
                .param("id", id)
                .update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getLong("location_id"),
                rs.getString("title"),
                rs.getBoolean("is_cash"),
                rs.getString("comment"));
    }
}
