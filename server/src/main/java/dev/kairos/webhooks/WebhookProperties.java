package dev.kairos.webhooks;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered ({@code kairos.webhooks.*}).
 *
 * @param allowLoopback deliver to loopback addresses, over {@code http} too: for development and
 *     tests ({@code KAIROS_WEBHOOKS_ALLOW_LOOPBACK})
 * @param allowPrivate deliver to private and link-local addresses ({@code KAIROS_WEBHOOKS_ALLOW_PRIVATE});
 *     an operator's decision, so not a per-location setting
 * @param secretKey base64 of the 32-byte key that encrypts the signing secrets and bearer tokens
 *     ({@code KAIROS_WEBHOOKS_SECRET_KEY}); every node of a cluster needs the same one
 * @param keyFile where the key is kept when {@code secretKey} is not set: created on first use,
 *     readable by its owner only
 * @param interval how long the delivery job rests between runs
 * @param baseDelay the first retry's delay; each further retry waits twice as long
 * @param maxDelay the longest wait between two tries
 * @param giveUpAfter no try is made later than this after the delivery was created
 * @param connectTimeout to connect to a receiver
 * @param timeout for a whole try, connecting included
 * @param senders how many receivers are sent to at once
 */
@ConfigurationProperties("kairos.webhooks")
record WebhookProperties(
        boolean allowLoopback,
        boolean allowPrivate,
        String secretKey,
        Path keyFile,
        Duration interval,
        Duration baseDelay,
        Duration maxDelay,
        Duration giveUpAfter,
        Duration connectTimeout,
        Duration timeout,
        Integer senders) {

    WebhookProperties {
        keyFile = keyFile == null ? Path.of("data", "webhooks.key") : keyFile;
        interval = orElse(interval, Duration.ofSeconds(1));
        baseDelay = orElse(baseDelay, Duration.ofSeconds(5));
        maxDelay = orElse(maxDelay, Duration.ofHours(1));
        giveUpAfter = orElse(giveUpAfter, Duration.ofDays(1));
        connectTimeout = orElse(connectTimeout, Duration.ofSeconds(5));
        timeout = orElse(timeout, Duration.ofSeconds(10));
        senders = senders == null ? 4 : senders;
    }

    private static Duration orElse(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
