package dev.kairos.auth;

import dev.kairos.web.ErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every {@code /api/v1} request: a valid partner token is always needed, and a user
 * token, when given, must be valid too. What the caller may do is decided later by {@link Access}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuthFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = Caller.class.getName();

    private final Callers callers;
    private final ErrorWriter errors;

    AuthFilter(Callers callers, ErrorWriter errors) {
        this.callers = callers;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AuthorizationHeader header = AuthorizationHeader.parse(request.getHeader(HttpHeaders.AUTHORIZATION));
        Optional<Caller.Partner> partner =
                Optional.ofNullable(header.partnerToken()).flatMap(callers::partner);
        if (partner.isEmpty()) {
            errors.write(response, HttpStatus.UNAUTHORIZED, "Authentication needed.");
            return;
        }
        Caller.User user = null;
        if (header.userToken() != null) {
            Optional<Caller.User> found = callers.user(header.userToken());
            if (found.isEmpty()) {
                errors.write(response, HttpStatus.UNAUTHORIZED, "Authentication needed.");
                return;
            }
            user = found.get();
        }
        request.setAttribute(ATTRIBUTE, new Caller(partner.get(), user));
        chain.doFilter(request, response);
    }
}
