package dev.kairos.setup;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Recognises {@code --setup} on the command line before the application context exists, and turns
 * the run into a quiet one-shot command: no web server, no banner, warnings only.
 */
public class SetupMode implements EnvironmentPostProcessor {

    static final String ACTIVE = "kairos.setup.active";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> commandLine =
                environment.getPropertySources().get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (commandLine == null || !commandLine.containsProperty("setup")) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "kairosSetup",
                        Map.of(
                                ACTIVE,
                                "true",
                                "spring.main.web-application-type",
                                "none",
                                "spring.main.banner-mode",
                                "off",
                                "logging.level.root",
                                "WARN",
                                "logging.level.dev.kairos",
                                "WARN")));
    }
}
