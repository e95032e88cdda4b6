package dev.kairos.notifications;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a {@link SettableClock} in place of the application's clock. */
@TestConfiguration(proxyBeanMethods = false)
class SettableClockConfiguration {

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock();
    }
}
