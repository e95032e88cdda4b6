package dev.kairos.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/** {@code --setup} in-process against the shared test database, where users always exist. */
@KairosIT
class SetupIT {

    @Autowired
    FirstRunSetup setup;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext context;

    @Test
    void aDatabaseWithUsersIsRefusedAndNothingIsCreated() {
        fixtures.tenant();
        long chains = fixtures.count("chains");
        long users = fixtures.count("users");
        long partners = fixtures.count("partner_tokens");

        SetupOutcome outcome = setup.run(SetupRequest.of("My Salon", "owner@example.com", "long enough secret", null));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.message()).contains("already set up");
        assertThat(outcome.partnerToken()).isNull();
        assertThat(fixtures.count("chains")).isEqualTo(chains);
        assertThat(fixtures.count("users")).isEqualTo(users);
        assertThat(fixtures.count("partner_tokens")).isEqualTo(partners);
    }

    static List<List<String>> badArguments() {
        return List.of(
                List.of("--setup", "--login=owner@example.com", "--password=long enough secret"),
                List.of("--setup", "--chain=   ", "--login=owner@example.com", "--password=long enough secret"),
                List.of(
                        "--setup",
                        "--chain=" + "x".repeat(201),
                        "--login=owner@example.com",
                        "--password=long enough secret"),
                List.of("--setup", "--chain=My Salon", "--password=long enough secret"),
                List.of("--setup", "--chain=My Salon", "--login=ab", "--password=long enough secret"),
                List.of("--setup", "--chain=My Salon", "--login=owner@example.com"),
                List.of("--setup", "--chain=My Salon", "--login=owner@example.com", "--password=short"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsAreRefusedWithUsageAndExitCodeOne(List<String> args) {
        long chains = fixtures.count("chains");

        SetupOutcome outcome = new SetupRunner(setup, environment, context)
                .outcome(new DefaultApplicationArguments(args.toArray(String[]::new)));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.message()).startsWith("Kairos setup: ").contains("Usage: java -jar kairos.jar --setup");
        assertThat(fixtures.count("chains")).isEqualTo(chains);
    }

    @Test
    void thePasswordMayComeFromTheEnvironmentAndIsNeverPrinted() {
        SetupRequest request = SetupRequest.of("My Salon", "owner@example.com", null, "from the environment");
        assertThat(request.password()).isEqualTo("from the environment");
        assertThat(request.toString()).doesNotContain("from the environment");
        assertThatThrownBy(() -> SetupRequest.of("My Salon", "owner@example.com", "", "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAIROS_OWNER_PASSWORD");
    }
}
