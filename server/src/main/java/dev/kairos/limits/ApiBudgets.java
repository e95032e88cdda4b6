package dev.kairos.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Each client address's request budget: a Bucket4j bucket per address in the
 * {@code rate_limit_buckets} table, so every node on the database draws on the same budget. The
 * second's budget refills at once each second (the sixth request within a second is refused); the
 * minute's refills gradually.
 */
@Component
class ApiBudgets {

    private static final int CLEAN_EVERY = 1000;

    private final RateLimitProperties limits;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    private final String keyPrefix;
    private final AtomicLong requests = new AtomicLong();

    ApiBudgets(RateLimitProperties limits, DataSource dataSource) {
        this.limits = limits;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.configuration = limits.limited() ? configuration(limits) : null;
        // Nodes with other limits keep their own buckets rather than rewriting each other's.
        this.keyPrefix = "api/" + limits.perSecond() + "/" + limits.perMinute() + "/";
    }

    boolean enabled() {
        return configuration != null;
    }

    /** Takes one request from the address's budget; empty when it may go on, else the seconds to wait. */
    OptionalLong take(String client) {
        if (requests.incrementAndGet() % CLEAN_EVERY == 0) {
            buckets.removeExpired(CLEAN_EVERY);
        }
        ConsumptionProbe probe =
                buckets.builder().build(keyPrefix + client, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    String describe() {
        StringBuilder text = new StringBuilder("at most ");
        if (limits.perSecond() > 0) {
            text.append(limits.perSecond()).append(" requests a second");
        }
        if (limits.perSecond() > 0 && limits.perMinute() > 0) {
            text.append(" and ");
        }
        if (limits.perMinute() > 0) {
            text.append(limits.perMinute()).append(" a minute");
        }
        return text.append(" from one address").toString();
    }

    private static BucketConfiguration configuration(RateLimitProperties limits) {
        var builder = BucketConfiguration.builder();
        if (limits.perSecond() > 0) {
            builder.addLimit(limit ->
                    limit.capacity(limits.perSecond()).refillIntervally(limits.perSecond(), Duration.ofSeconds(1)));
        }
        if (limits.perMinute() > 0) {
            builder.addLimit(limit ->
                    limit.capacity(limits.perMinute()).refillGreedy(limits.perMinute(), Duration.ofMinutes(1)));
        }
        return builder.build();
    }
}
