package dev.kairos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kairos: an appointment scheduling server speaking the Altegio v1 wire format. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KairosApplication {

    public static void main(String[] args) {
        // jOOQ prints a banner and a "tip of the day" into the log on first use.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(KairosApplication.class, args);
    }
}
