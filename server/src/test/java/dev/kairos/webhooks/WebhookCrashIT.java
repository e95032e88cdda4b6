package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.platform.KairosProcess;
import dev.kairos.support.Api;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kairos killed with SIGKILL while a delivery is on its way still delivers it after the restart:
 * the event was committed with the change, and the job the dead process held is taken up again.
 * Runs real server JVMs on their own embedded database (and the webhooks key file in their data
 * folder, which the restarted process reads again).
 */
@DisabledIfEnvironmentVariable(named = "KAIROS_DB_URL", matches = ".+")
class WebhookCrashIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Pattern TOKEN = Pattern.compile("(Partner|User) token\\s*:\\s*([0-9a-f]{64})");
    private static final Map<String, String> ENV =
            Map.of("KAIROS_WEBHOOKS_ALLOW_LOOPBACK", "true", "KAIROS_OWNER_PASSWORD", "a long owner password");
    private static final String[] FAST = {
        "--kairos.jobs.polling-interval=500ms",
        "--kairos.jobs.heartbeat-interval=1s",
        "--kairos.webhooks.interval=200ms"
    };

    @TempDir
    Path dataDir;

    private KairosProcess process;
    private final Receiver receiver = Receiver.start();

    @AfterEach
    void cleanUp() {
        receiver.close();
        if (process != null) {
            process.close();
        }
        KairosProcess.stopPostgres(dataDir);
    }

    @Test
    void aDeliveryCutOffByKillDashNineIsMadeAfterTheRestart() {
        process = KairosProcess.start(dataDir, ENV, "--setup", "--chain=Crash", "--login=owner@example.com");
        assertThat(process.awaitExit(PATIENCE)).as(process.output()).isZero();
        Map<String, String> tokens = tokens(process.output());
        process = KairosProcess.start(dataDir, ENV, FAST);
        process.awaitHealthy(PATIENCE);
        Api owner = Api.at(process.port())
                .withAuthorization("Bearer " + tokens.get("Partner") + ", User " + tokens.get("User"));
        long location = owner.post("/companies", Map.of("title", "Crash salon", "timezone_name", "Europe/Berlin"))
                .data()
                .get("id")
                .asLong();
        assertThat(owner.post(
                                "/hooks_settings/" + location,
                                Map.of("urls", List.of(receiver.url()), "active", 1, "client", 1))
                        .status())
                .isEqualTo(200);
        String secret = owner.post("/locations/" + location + "/webhook_secret", Map.of())
                .data()
                .get("secret")
                .asString();
        receiver.hold();

        long client = owner.post("/clients/" + location, Map.of("name", "Kim", "phone", "+4915130000001"))
                .data()
                .get("id")
                .asLong();
        Receiver.Received cutOff = receiver.awaitOne(Receiver.about("client", client, "create"));
        process.kill();
        receiver.release();
        process = KairosProcess.start(dataDir, ENV, FAST);
        process.awaitHealthy(PATIENCE);

        Receiver.Received delivered =
                receiver.await(Receiver.about("client", client, "create"), 2).get(1);
        assertThat(delivered.id()).isEqualTo(cutOff.id());
        assertThat(delivered.body()).isEqualTo(cutOff.body());
        assertThat(delivered.signedWith(secret)).isTrue();
        Api restarted = Api.at(process.port())
                .withAuthorization("Bearer " + tokens.get("Partner") + ", User " + tokens.get("User"));
        assertThat(awaitState(restarted, location, "delivered")).isTrue();
    }

    private static boolean awaitState(Api api, long location, String state) {
        for (int i = 0; i < 600; i++) {
            var log = api.get("/locations/" + location + "/webhook_deliveries?state=" + state);
            if (log.status() == 200 && !log.data().isEmpty()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static Map<String, String> tokens(String output) {
        Matcher matcher = TOKEN.matcher(output);
        Map<String, String> tokens = new HashMap<>();
        while (matcher.find()) {
            tokens.put(matcher.group(1), matcher.group(2));
        }
        assertThat(tokens).as(output).containsKeys("Partner", "User");
        return tokens;
    }
}
