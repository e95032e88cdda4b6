package dev.kairos.bench.load;

import org.flywaydb.core.Flyway;

/**
 * Kairos's schema in an empty database, made by Flyway from the server's own migrations (copied
 * into the bench's jar at build time, under {@code db/migration} as in the server's), as the
 * server makes it when it starts: for drivers that measure the database without a server.
 */
final class Schema {

    private Schema() {}

    static void migrate(String dbUrl, String dbUser) {
        Flyway.configure()
                .dataSource(dbUrl, dbUser, "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
