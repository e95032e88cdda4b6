package dev.kairos.limits;

import dev.kairos.web.ErrorWriter;
import dev.kairos.web.TrustedProxies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Altegio's rate limit on {@code /api/v1}: a request past the client address's budget is a 429 in
 * the error envelope with {@code Retry-After} in seconds, before anything else reads it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ApiRateLimitFilter extends OncePerRequestFilter {

    // Compiled once: String.replaceAll would compile it again on every API request.
    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    private final ApiBudgets budgets;
    private final TrustedProxies proxies;
    private final ErrorWriter errors;

    ApiRateLimitFilter(ApiBudgets budgets, TrustedProxies proxies, ErrorWriter errors) {
        this.budgets = budgets;
        this.proxies = proxies;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !budgets.enabled()
                || !SLASHES.matcher(request.getRequestURI()).replaceAll("/").startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wait = budgets.take(proxies.client(request));
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            errors.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests: " + budgets.describe() + ".");
            return;
        }
        chain.doFilter(request, response);
    }
}
