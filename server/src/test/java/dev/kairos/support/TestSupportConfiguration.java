package dev.kairos.support;

import dev.kairos.auth.Accounts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestConfiguration(proxyBeanMethods = false)
class TestSupportConfiguration {

    @Bean
    Fixtures fixtures(JdbcClient db, Accounts accounts) {
        return new Fixtures(db, accounts);
    }
}
