package dev.kairos.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.auth.Passwords;
import dev.kairos.auth.Tokens;
import dev.kairos.platform.KairosProcess;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * The limits as they ship, on two Kairos processes that share one database (the first's embedded
 * PostgreSQL): 5 requests a second per client address on {@code /api/v1}, one budget across both
 * processes, and sign-in throttled per login and per address. Both trust the loopback as a proxy,
 * so each test speaks for its own client addresses through {@code X-Forwarded-For}.
 */
@DisabledIfEnvironmentVariable(named = "KAIROS_DB_URL", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String PASSWORD = "a long enough password";
    private static final Map<String, String> TRUST_LOOPBACK = Map.of("KAIROS_TRUSTED_PROXIES", "127.0.0.1,::1");

    Path dataDir;
    KairosProcess first;
    KairosProcess second;
    Path secondDir;
    String partner;

    @BeforeAll
    void startTwoNodes() throws Exception {
        dataDir = Files.createTempDirectory("kairos-limits-");
        first = KairosProcess.startAsShipped(dataDir, TRUST_LOOPBACK);
        first.awaitHealthy(PATIENCE);
        secondDir = Files.createTempDirectory("kairos-limits-node2-");
        Map<String, String> env = new java.util.HashMap<>(TRUST_LOOPBACK);
        env.put("KAIROS_DB_URL", KairosProcess.jdbcUrl(dataDir));
        env.put("KAIROS_DB_USER", "postgres");
        env.put("KAIROS_DB_PASSWORD", KairosProcess.password(dataDir));
        second = KairosProcess.startAsShipped(secondDir, env);
        second.awaitHealthy(PATIENCE);
        partner = Tokens.generate();
        try (Connection db = KairosProcess.connect(dataDir)) {
            long chain = insert(db, "insert into chains (title) values ('Limits') returning id");
            insert(
                    db,
                    "insert into partner_tokens (chain_id, title, token_hash) values (" + chain + ", 'widget', '"
                            + Tokens.hash(partner) + "') returning id");
            for (String login : List.of("locked@example.com", "free@example.com", "later@example.com")) {
                insert(
                        db,
                        "insert into users (chain_id, login, password_hash, is_owner) values (" + chain + ", '" + login
                                + "', '" + Passwords.hash(PASSWORD) + "', true) returning id");
            }
        }
    }

    @AfterAll
    void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        KairosProcess.stopPostgres(dataDir);
    }

    @Test
    void theSixthRequestInOneSecondIsRefusedWithRetryAfter() throws Exception {
        List<HttpResponse<String>> responses = together(6, i -> first, "203.0.113.1");

        assertThat(responses)
                .extracting(HttpResponse::statusCode)
                .containsExactlyInAnyOrder(401, 401, 401, 401, 401, 429);
        HttpResponse<String> refused = responses.stream()
                .filter(r -> r.statusCode() == 429)
                .findFirst()
                .orElseThrow();
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(refused.body())
                .contains("\"success\":false")
                .contains("\"data\":null")
                .contains("Too many requests");
        assertThat(get(first, "/api/v1/companies", "203.0.113.2").statusCode())
                .as("another address has its own budget")
                .isEqualTo(401);
        assertThat(get(first, "/actuator/health", "203.0.113.1").statusCode())
                .as("only the API is limited")
                .isEqualTo(200);
    }

    @Test
    void bothProcessesDrawOnOneBudget() throws Exception {
        List<HttpResponse<String>> responses = together(6, i -> i % 2 == 0 ? first : second, "203.0.113.3");

        assertThat(responses)
                .extracting(HttpResponse::statusCode)
                .containsExactlyInAnyOrder(401, 401, 401, 401, 401, 429);
    }

    /**
     * Sends {@code count} requests from one address at the same moment (a latch releases them), so
     * that they fall within one second however busy the machine is.
     */
    private static List<HttpResponse<String>> together(int count, IntFunction<KairosProcess> node, String address)
            throws Exception {
        get(node.apply(0), "/actuator/health", address);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                KairosProcess target = node.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return get(target, "/api/v1/companies", address);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tenFailuresForOneLoginLockItWhetherItExistsOrNot() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(i % 2 == 0 ? first : second, "locked@example.com", "wrong " + i, "198.51.100." + i)
                            .statusCode())
                    .isEqualTo(401);
            assertThat(signIn(first, "ghost@example.com", "wrong " + i, "198.51.100." + (50 + i))
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> real = signIn(second, "locked@example.com", PASSWORD, "198.51.100.100");
        HttpResponse<String> ghost = signIn(second, "ghost@example.com", PASSWORD, "198.51.100.101");
        assertThat(real.statusCode()).isEqualTo(429);
        assertThat(ghost.statusCode()).isEqualTo(429);
        assertThat(real.body()).isEqualTo(ghost.body()).contains("Too many failed sign-ins");
        assertThat(Long.parseLong(real.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 900L);
        assertThat(signInPage(first, "locked@example.com", PASSWORD, "198.51.100.102"))
                .as("the sign-in page is locked too")
                .isEqualTo(429);

        try (Connection db = KairosProcess.connect(dataDir);
                PreparedStatement age = db.prepareStatement(
                        "update sign_in_failures set failed_at = failed_at - interval '15 minutes' where key = ?")) {
            age.setString(1, "login:locked@example.com");
            age.executeUpdate();
        }
        assertThat(signIn(first, "locked@example.com", PASSWORD, "198.51.100.103")
                        .statusCode())
                .as("once the window has passed")
                .isEqualTo(201);
    }

    @Test
    void tenFailuresFromOneAddressLockItForEveryLogin() throws Exception {
        String address = "198.51.100.200";
        for (int i = 0; i < 10; i++) {
            paceUnderFiveASecond(i);
            assertThat(signIn(first, "nobody" + i + "@example.com", "wrong", address)
                            .statusCode())
                    .isEqualTo(401);
        }
        paceUnderFiveASecond(10);

        assertThat(signIn(second, "free@example.com", PASSWORD, address).statusCode())
                .isEqualTo(429);
        assertThat(signIn(second, "free@example.com", PASSWORD, "198.51.100.201")
                        .statusCode())
                .as("from another address")
                .isEqualTo(201);
    }

    @Test
    void theSignInPageCountsItsFailuresToo() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(signInPage(i % 2 == 0 ? first : second, "later@example.com", "wrong", "192.0.2." + i))
                    .isEqualTo(302);
        }

        assertThat(signIn(first, "later@example.com", PASSWORD, "192.0.2.100").statusCode())
                .isEqualTo(429);
    }

    private static void paceUnderFiveASecond(int request) throws InterruptedException {
        if (request > 0 && request % 4 == 0) {
            Thread.sleep(1100);
        }
    }

    private HttpResponse<String> signIn(KairosProcess node, String login, String password, String address) {
        String body = "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}";
        return send(
                node,
                HttpRequest.newBuilder(uri(node, "/api/v1/auth"))
                        .header("Authorization", "Bearer " + partner)
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                HTTP);
    }

    /** Signs in on the page as a browser does (the form's CSRF token and session); returns the status. */
    private int signInPage(KairosProcess node, String login, String password, String address) {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> form = send(
                node,
                HttpRequest.newBuilder(uri(node, "/login"))
                        .header("X-Forwarded-For", address)
                        .GET(),
                browser);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        String body = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        return send(
                        node,
                        HttpRequest.newBuilder(uri(node, "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("X-Forwarded-For", address)
                                .POST(HttpRequest.BodyPublishers.ofString(body)),
                        browser)
                .statusCode();
    }

    private static HttpResponse<String> get(KairosProcess node, String path, String address) {
        return send(
                node,
                HttpRequest.newBuilder(uri(node, path))
                        .header("X-Forwarded-For", address)
                        .GET(),
                HTTP);
    }

    private static HttpResponse<String> send(KairosProcess node, HttpRequest.Builder request, HttpClient client) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(node.output(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(KairosProcess node, String path) {
        return URI.create("http://127.0.0.1:" + node.port() + path);
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
