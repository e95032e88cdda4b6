package dev.kairos.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Sends a person whose session ended to the sign-in page and, once signed in, back where they were.
 * A full page request is redirected (and remembered, as Spring Security does); an htmx request, such
 * as opening an appointment in the calendar's side panel, gets {@code HX-Redirect} to
 * {@code /login?expired&continue=<the page in the address bar>} instead of the sign-in form drawn
 * inside the panel. An htmx post without a session, or a form posted from an expired session (its
 * CSRF token went with it), is treated the same way rather than refused as "no access"; a form
 * posted with no session at all is still refused (403).
 */
final class SignInAndBack implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CONTINUE = "continue";

    private final LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
    private final AccessDeniedHandler refused = new AccessDeniedHandlerImpl();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (isHtmx(request)) {
            htmxToSignIn(request, response);
        } else {
            page.commence(request, response, e);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!(e instanceof CsrfException) || signedIn()) {
            refused.handle(request, response, e);
        } else if (isHtmx(request)) {
            htmxToSignIn(request, response);
        } else if (!expired(request)) {
            // A form posted without any session (a forged or scripted post) stays a refusal.
            refused.handle(request, response, e);
        } else {
            String back = safe(request.getHeader("Referer"));
            response.sendRedirect(request.getContextPath() + "/login?expired"
                    + (back == null ? "" : "&" + CONTINUE + "=" + encode(back)));
        }
    }

    private static void htmxToSignIn(HttpServletRequest request, HttpServletResponse response) {
        // The panel's own URL is no page to come back to: the address bar's page is.
        new HttpSessionRequestCache().removeRequest(request, response);
        String back = safe(request.getHeader("HX-Current-URL"));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(
                "HX-Redirect",
                request.getContextPath() + "/login?expired"
                        + (back == null ? "" : "&" + CONTINUE + "=" + encode(back)));
    }

    /** Whether the request names a session that no longer exists: it expired, or the server forgot it. */
    private static boolean expired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    private static boolean signedIn() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The path and query of {@code url} when it is a page of this server to return to: an absolute
     * path (never {@code //host} or a backslash), or a full URL whose path is taken; null otherwise.
     */
    static String safe(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return null;
            }
            if (path.equals("/login") || path.startsWith("/logout")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    /** After sign-in: the page named by {@code continue} if it is one of this server's, else the remembered one, else the locations. */
    static SavedRequestAwareAuthenticationSuccessHandler afterSignIn() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            private final HttpSessionRequestCache cache = new HttpSessionRequestCache();

            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws IOException, jakarta.servlet.ServletException {
                String back = request.getParameter(CONTINUE);
                String path = back != null && back.startsWith("/") ? safe(back) : null;
                if (path == null) {
                    super.onAuthenticationSuccess(request, response, authentication);
                    return;
                }
                cache.removeRequest(request, response);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, path);
            }
        };
        handler.setDefaultTargetUrl("/admin");
        return handler;
    }
}
