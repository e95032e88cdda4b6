package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void reproducesTheStandardWebhooksReferenceVector() {
        byte[] key = Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        assertThat(Signature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aSecretIsTheKeyInBase64AfterWhsec() {
        byte[] key = Signature.newKey();

        String secret = Signature.secret(key);

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6)))
                .isEqualTo(key)
                .hasSize(32);
        assertThat(Signature.newKey()).isNotEqualTo(key);
    }
}
