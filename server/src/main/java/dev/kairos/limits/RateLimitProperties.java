package dev.kairos.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client address may make on {@code /api/v1}, and how many failed
 * sign-ins a login or an address may make before it must wait.
 *
 * @param perSecond requests a second ({@code KAIROS_RATE_LIMIT_PER_SECOND}); 0 turns the limit off
 * @param perMinute requests a minute ({@code KAIROS_RATE_LIMIT_PER_MINUTE}); 0 turns the limit off
 * @param signInFailures failed sign-ins per login and per address within the window; 0 turns throttling off
 * @param signInWindow how long a failed sign-in counts
 */
@ConfigurationProperties("kairos.rate-limit")
record RateLimitProperties(Integer perSecond, Integer perMinute, Integer signInFailures, Duration signInWindow) {

    RateLimitProperties {
        perSecond = perSecond == null ? 5 : perSecond;
        perMinute = perMinute == null ? 200 : perMinute;
        signInFailures = signInFailures == null ? 10 : signInFailures;
        signInWindow = signInWindow == null ? Duration.ofMinutes(15) : signInWindow;
    }

    boolean limited() {
        return perSecond > 0 || perMinute > 0;
    }
}
