package dev.kairos.demo;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --demo}: once the server listens, seeds the demo chain if the database lacks it, writes
 * {@code demo-credentials.json} and prints how to sign in.
 */
@Component
@ConditionalOnProperty(name = "demo")
class DemoMode implements ApplicationRunner {

    private final DemoData data;
    private final DemoCredentialsFile file;
    private final Environment environment;
    private DemoCredentials credentials;

    DemoMode(DemoData data, DemoCredentialsFile file, Environment environment) {
        this.data = data;
        this.file = file;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        credentials = start();
    }

    DemoCredentials start() {
        DemoCredentials prepared = data.prepare(file.password());
        file.write(prepared, baseUrl());
        return prepared;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (credentials != null) {
            print(System.out);
        }
    }

    private void print(PrintStream out) {
        String line = "=".repeat(78);
        out.println();
        out.println(line);
        out.println(" Kairos demo is ready at " + baseUrl());
        out.println(line);
        out.println(" Admin login     : " + credentials.login());
        out.println(" Admin password  : " + credentials.password());
        out.println(" Partner token   : " + credentials.partnerToken());
        out.println(" User token      : " + credentials.userToken());
        out.println(" Location id     : " + credentials.locationId() + " (" + DemoSites.BERLIN.title() + ")");
        credentials.locations().entrySet().stream()
                .filter(e -> e.getValue() != credentials.locationId())
                .forEach(e -> out.printf(" Also            : %d (%s)%n", e.getValue(), e.getKey()));
        out.println();
        out.println(" Try: curl -H 'Accept: application/vnd.api.v2+json' \\");
        out.println("        -H 'Authorization: Bearer " + credentials.partnerToken() + ", User "
                + credentials.userToken() + "' \\");
        out.println("        " + baseUrl() + "/api/v1/company/" + credentials.locationId());
        out.println(" Saved to " + file.path());
        out.println(line);
        out.flush();
    }

    private String baseUrl() {
        return "http://localhost:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
