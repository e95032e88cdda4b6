package dev.kairos.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The positions table: chain-level job titles. */
@Repository
public class Positions {

    static final String COLUMNS = "chain_id, title, api_id";
    static final String VALUES = ":chain, :title, :apiId";

    private final JdbcClient db;

    Positions(JdbcClient db) {
        this.db = db;
    }

    public List<Position> ofChain(long chainId) {
        return db.sql("select id, chain_id, title, api_id from positions where chain_id = :chain order by id")
                .param("chain", chainId)
                .query(Position.class)
                .list();
    }

    /** The position if it exists in the chain. */
    public Optional<Position> find(long chainId, long id) {
        return db.sql("select id, chain_id, title, api_id from positions where chain_id = :chain and id = :id")
                .param("chain", chainId)
                .param("id", id)
                .query(Position.class)
                .optional();
    }

    long insert(long chainId, String title, String apiId) {
        return db.sql("insert into positions (" + COLUMNS + ") values (" + VALUES + ") returning id")
                .param("chain", chainId)
                .param("title", title)
                .param("apiId", apiId)
                .query(Long.class)
                .single();
    }
}
