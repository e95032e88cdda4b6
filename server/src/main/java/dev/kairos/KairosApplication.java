package dev.kairos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kairos: an appointment scheduling server speaking the Altegio v1 wire format. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KairosApplication {

    public static void main(String[] args) {
        SpringApplication.run(KairosApplication.class, args);
    }
}
