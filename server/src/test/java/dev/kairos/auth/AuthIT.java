package dev.kairos.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KairosIT
class AuthIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api api;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        api = Api.at(port);
    }

    @Test
    void signingInGivesAUserTokenThatOpensB2bEndpoints() {
        var response = api.withAuthorization("Bearer " + tenant.partnerToken())
                .post("/auth", Map.of("login", tenant.adminA().login(), "password", Fixtures.PASSWORD));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("success").asBoolean()).isTrue();
        String token = response.data().get("user_token").asString();
        assertThat(token).hasSize(64);

        var company = api.withAuthorization("Bearer " + tenant.partnerToken() + ", User " + token)
                .put("/company/" + tenant.locationA(), Map.of("city", "Berlin"));
        assertThat(company.status()).isEqualTo(200);
        assertThat(company.data().get("city").asString()).isEqualTo("Berlin");
    }

    @Test
    void theHeaderIsParsedLeniently() {
        String lenient = "bearer   " + tenant.partnerToken() + " ,user  "
                + tenant.owner().userToken();
        assertThat(api.withAuthorization(lenient)
                        .get("/company/" + tenant.locationA())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void wrongPasswordIs401InTheEnvelopeAndStoresNoToken() {
        long tokens = fixtures.count("user_tokens");
        var response = api.withAuthorization("Bearer " + tenant.partnerToken())
                .post("/auth", Map.of("login", tenant.adminA().login(), "password", "wrong password"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.meta().get("message").asString()).isNotBlank();
        assertThat(fixtures.count("user_tokens")).isEqualTo(tokens);
    }

    @Test
    void missingOrUnknownTokensAre401() {
        assertThat(api.get("/company/" + tenant.locationA()).status()).isEqualTo(401);
        var unknown = api.withAuthorization("Bearer not-a-token").get("/company/" + tenant.locationA());
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.meta().get("message").asString()).isEqualTo("Authentication needed.");
        var badUser = api.withAuthorization("Bearer " + tenant.partnerToken() + ", User nope")
                .get("/company/" + tenant.locationA());
        assertThat(badUser.status()).isEqualTo(401);
    }

    @Test
    void aUserScopedToLocationAIsRefusedAtLocationB() {
        var response = api.as(tenant.adminA()).put("/company/" + tenant.locationB(), Map.of("city", "Elsewhere"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.meta().get("message").asString()).isEqualTo("Access denied.");
    }

    @Test
    void tokensAndPasswordsAreStoredHashed() {
        String stored = fixtures.db()
                .sql("select password_hash from users where id = :id")
                .param("id", tenant.adminA().userId())
                .query(String.class)
                .single();
        assertThat(stored).startsWith("$2").doesNotContain(Fixtures.PASSWORD);
        long plain = fixtures.db()
                .sql("select count(*) from user_tokens where token_hash = :t")
                .param("t", tenant.adminA().userToken())
                .query(Long.class)
                .single();
        assertThat(plain).isZero();
    }
}
