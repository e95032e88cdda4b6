package dev.kairos.setup;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar kairos.jar --setup --chain="My Salon" --login=owner@example.com --password=...}
 * (or the password in {@code KAIROS_OWNER_PASSWORD}): runs {@link FirstRunSetup}, prints the
 * tokens and exits with 0, or prints why not and exits with 1.
 */
@Component
@ConditionalOnProperty(SetupMode.ACTIVE)
class SetupRunner implements ApplicationRunner {

    private final FirstRunSetup setup;
    private final Environment environment;
    private final ApplicationContext context;

    SetupRunner(FirstRunSetup setup, Environment environment, ApplicationContext context) {
        this.setup = setup;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        SetupOutcome outcome = outcome(args);
        (outcome.created() ? System.out : System.err).println(outcome.message());
        System.out.flush();
        System.exit(SpringApplication.exit(context, outcome::exitCode));
    }

    SetupOutcome outcome(ApplicationArguments args) {
        try {
            return setup.run(SetupRequest.of(
                    option(args, "chain"),
                    option(args, "login"),
                    option(args, "password"),
                    environment.getProperty("KAIROS_OWNER_PASSWORD")));
        } catch (IllegalArgumentException e) {
            return SetupOutcome.refused("Kairos setup: " + e.getMessage() + """

                    Usage: java -jar kairos.jar --setup --chain="My Salon" --login=owner@example.com --password=...""");
        }
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
