package dev.kairos.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one database Kairos talks to: external when {@code KAIROS_DB_URL} is set, else embedded. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresHolder embeddedPostgres(DatabaseProperties properties) {
        return properties.external()
                ? new EmbeddedPostgresHolder(null)
                : new EmbeddedPostgresHolder(
                        EmbeddedPostgresServer.acquire(properties.dataDir(), properties.cleanDataDir()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedPostgresHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kairos");
        config.setMaximumPoolSize(properties.maxPoolSize());
        config.setMinimumIdle(properties.minIdle());
        if (properties.minIdle() < properties.maxPoolSize()) {
            // Connections above the idle floor close soon after a burst, not after Hikari's 10 minutes.
            config.setIdleTimeout(10_000);
        }
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(embedded.server().jdbcUrl());
            config.setUsername("postgres");
            config.setPassword(embedded.server().password());
        }
        return new HikariDataSource(config);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Holds the embedded server, if any, so that it outlives the pool and stops after it. */
    record EmbeddedPostgresHolder(EmbeddedPostgresServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
