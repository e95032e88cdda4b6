package dev.kairos.queue;

import dev.kairos.booking.BookingFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for queue tests: real time passing, but starting on a Tuesday at 10:00 in
 * Berlin, when the test salons' team members work, whatever hour the tests run at.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FloorClock {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Bean
    @Primary
    Clock openingMorning() {
        Instant start = BookingFixtures.nextTuesday()
                .atTime(LocalTime.of(10, 0))
                .atZone(BERLIN)
                .toInstant();
        Duration ahead = Duration.between(Instant.now(), start);
        return Clock.offset(Clock.systemUTC(), ahead).withZone(ZoneOffset.UTC);
    }
}
