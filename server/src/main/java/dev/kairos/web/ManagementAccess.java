package dev.kairos.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only health is public among the management endpoints: metrics and the rest need
 * {@code Authorization: Bearer <KAIROS_MANAGEMENT_TOKEN>}, and without a token set they are
 * refused to everyone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class ManagementAccess extends OncePerRequestFilter {

    private final byte[] expected;
    private final ErrorWriter errors;

    ManagementAccess(@Value("${kairos.management.token:}") String token, ErrorWriter errors) {
        this.expected = token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().replaceAll("/{2,}", "/");
        return !path.startsWith("/actuator") || path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader("Authorization");
        if (expected == null
                || given == null
                || !MessageDigest.isEqual(expected, given.strip().getBytes(StandardCharsets.UTF_8))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            errors.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    expected == null
                            ? "Metrics are off until KAIROS_MANAGEMENT_TOKEN is set."
                            : "Metrics need Authorization: Bearer and the management token.");
            return;
        }
        chain.doFilter(request, response);
    }
}
