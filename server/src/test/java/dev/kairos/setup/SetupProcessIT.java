package dev.kairos.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.platform.KairosProcess;
import dev.kairos.support.Api;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --setup} as an operator runs it: a separate JVM on a fresh embedded database that prints
 * the tokens and exits 0, refuses a second time with exit code 1, and the printed tokens work on
 * the server started afterwards.
 */
@DisabledIfEnvironmentVariable(named = "KAIROS_DB_URL", matches = ".+")
class SetupProcessIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern TOKEN = Pattern.compile("(Partner|User) token\\s*:\\s*([0-9a-f]{64})");

    @TempDir
    Path dataDir;

    private KairosProcess process;

    @AfterEach
    void cleanUp() {
        if (process != null) {
            process.close();
        }
        KairosProcess.stopPostgres(dataDir);
        assertThat(KairosProcess.postgres(dataDir)).isEmpty();
    }

    @Test
    void setUpOnceThenRefuseThenServeWithThePrintedTokens() {
        Map<String, String> password = Map.of("KAIROS_OWNER_PASSWORD", "a long owner password");
        process = KairosProcess.start(dataDir, password, "--setup", "--chain=My Salon", "--login=owner@example.com");
        assertThat(process.awaitExit(PATIENCE)).as(process.output()).isZero();
        String printed = process.output();
        assertThat(printed).contains("Kairos is set up for \"My Salon\"").doesNotContain("a long owner password");
        assertThat(KairosProcess.postgres(dataDir))
                .as("setup stops its database")
                .isEmpty();
        Map<String, String> tokens = tokens(printed);

        process = KairosProcess.start(dataDir, password, "--setup", "--chain=Another", "--login=other@example.com");
        assertThat(process.awaitExit(PATIENCE)).as(process.output()).isEqualTo(1);
        assertThat(process.output()).contains("already set up");

        process = KairosProcess.start(dataDir, Map.of());
        process.awaitHealthy(PATIENCE);
        Api api = Api.at(process.port());
        var mine = api.withAuthorization("Bearer " + tokens.get("Partner") + ", User " + tokens.get("User"))
                .get("/companies?my=1");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        var signIn = api.withAuthorization("Bearer " + tokens.get("Partner"))
                .post("/auth", Map.of("login", "owner@example.com", "password", "a long owner password"));
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(201);
        assertThat(api.withAuthorization("Bearer " + tokens.get("Partner") + ", User wrong")
                        .get("/companies?my=1")
                        .status())
                .isEqualTo(401);
        assertThat(process.stop(PATIENCE)).isIn(0, 143);
    }

    private static Map<String, String> tokens(String output) {
        Matcher matcher = TOKEN.matcher(output);
        Map<String, String> tokens = new java.util.HashMap<>();
        while (matcher.find()) {
            tokens.put(matcher.group(1), matcher.group(2));
        }
        assertThat(tokens).as(output).containsKeys("Partner", "User");
        return tokens;
    }
}
