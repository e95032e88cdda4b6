package dev.kairos.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session cookie, and every other cookie Kairos sets, is {@code SameSite=Lax}, and
 * {@code Secure} whenever the browser spoke HTTPS: to Kairos itself (Tomcat marks it), or to a
 * trusted proxy that says so in {@code X-Forwarded-Proto}.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookies {

    @Bean
    TomcatContextCustomizer laxAndSecureCookies(TrustedProxies proxies) {
        return context -> context.setCookieProcessor(new Processor(proxies));
    }

    private static final class Processor extends Rfc6265CookieProcessor {

        private final TrustedProxies proxies;

        Processor(TrustedProxies proxies) {
            this.proxies = proxies;
            setSameSiteCookies("Lax");
        }

        @Override
        public String generateHeader(Cookie cookie, HttpServletRequest request) {
            if (request != null
                    && !cookie.getSecure()
                    && proxies.forwardedHttps(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"))) {
                cookie.setSecure(true);
            }
            return super.generateHeader(cookie, request);
        }
    }
}
