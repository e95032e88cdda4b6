package dev.kairos.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Writes the benchmark's dataset ({@code load/seed.sql}) into a database whose schema Kairos has
 * migrated, and issues partner tokens the way Kairos stores them: 32 random bytes in hex, kept
 * only as the SHA-256 of that text.
 */
final class Seeder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Seeder() {}

    static void seed(Connection db) throws SQLException, IOException {
        seed(db, "/load/seed.sql");
    }

    /** Runs one of the seed scripts of {@code bench/src/main/resources}. */
    static void seed(Connection db, String resource) throws SQLException, IOException {
        String script;
        try (InputStream in = Seeder.class.getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = db.createStatement()) {
            statement.execute(script);
            // A database in service is vacuumed: index-only scans (counts, pages) then skip the heap.
            statement.execute("vacuum analyze");
        }
    }

    /** A new owner of the chain and a user token for them (for the B2B API), shown only here. */
    static String userToken(Connection db, long chainId) throws SQLException {
        String token = newToken();
        try (PreparedStatement insert = db.prepareStatement("""
                with owner as (
                    insert into users (chain_id, login, name, password_hash, is_owner)
                    values (?, 'bench-owner-' || md5(random()::text) || '@example.com', 'Benchmark owner', 'none', true)
                    returning id)
                insert into user_tokens (token_hash, user_id) select ?, id from owner
                """)) {
            insert.setLong(1, chainId);
            insert.setString(2, sha256(token));
            insert.executeUpdate();
        }
        return token;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A new partner token for the chain, shown only here. */
    static String partnerToken(Connection db, long chainId) throws SQLException {
        String token = newToken();
        try (PreparedStatement insert = db.prepareStatement(
                "insert into partner_tokens (chain_id, title, token_hash) values (?, 'Load benchmark', ?)")) {
            insert.setLong(1, chainId);
            insert.setString(2, sha256(token));
            insert.executeUpdate();
        }
        return token;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
