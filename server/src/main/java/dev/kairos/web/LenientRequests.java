package dev.kairos.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads requests as real clients send them before anything else looks at them: {@code //} in a
 * path is one slash (PHP clients join segments that may be empty), and the API answers JSON
 * whatever {@code Accept} asks for; the health and metrics endpoints keep their own media types
 * and fall back to JSON, then to their own default, rather than refusing.
 */
class LenientRequests extends OncePerRequestFilter {

    private static final String JSON = "application/json";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        String path = uri.contains("//") ? uri.replaceAll("/{2,}", "/") : uri;
        String accept = accept(path, request.getHeader(HttpHeaders.ACCEPT));
        if (path.equals(uri) && accept == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Lenient(request, path, accept), response);
    }

    /** The Accept header to read instead of the client's, or null to keep it. */
    private static String accept(String path, String given) {
        if (path.startsWith("/api/")) {
            return JSON;
        }
        if (path.startsWith("/actuator/")) {
            // Last resorts after what the client asked for: JSON, then whatever the endpoint has.
            return given == null || given.isBlank() ? null : given + ", " + JSON + ";q=0.02, */*;q=0.01";
        }
        return null;
    }

    private static final class Lenient extends HttpServletRequestWrapper {

        private final String uri;
        private final String accept;

        Lenient(HttpServletRequest request, String uri, String accept) {
            super(request);
            this.uri = uri;
            this.accept = accept;
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (port > 0
                    && !(port == 80 && "http".equals(getScheme()))
                    && !(port == 443 && "https".equals(getScheme()))) {
                url.append(':').append(port);
            }
            return url.append(uri);
        }

        @Override
        public String getHeader(String name) {
            return accept != null && HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return accept != null && HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(accept))
                    : super.getHeaders(name);
        }
    }
}
