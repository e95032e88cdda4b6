package dev.kairos.auth;

import dev.kairos.limits.SignInThrottle;
import dev.kairos.web.TrustedProxies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in page's share of {@link SignInThrottle}: a {@code POST /login} for a login or from an
 * address with too many recent failures is a 429 page before the password is looked at; each
 * failure and success is counted.
 */
final class SignInLockout extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final TrustedProxies proxies;

    SignInLockout(SignInThrottle throttle, TrustedProxies proxies) {
        this.throttle = throttle;
        this.proxies = proxies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> locked = throttle.lockedFor(request.getParameter("username"), proxies.client(request));
        if (locked.isPresent()) {
            response.setHeader("Retry-After", Long.toString(AuthController.retryAfter(locked.get())));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), AuthController.THROTTLED);
            return;
        }
        chain.doFilter(request, response);
    }

    AuthenticationFailureHandler onFailure() {
        SimpleUrlAuthenticationFailureHandler next = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            throttle.failed(request.getParameter("username"), proxies.client(request));
            next.onAuthenticationFailure(request, response, e);
        };
    }

    /** Counts the success, then lets {@code next} choose where the user goes. */
    AuthenticationSuccessHandler onSuccess(AuthenticationSuccessHandler next) {
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            throttle.succeeded(request.getParameter("username"));
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
