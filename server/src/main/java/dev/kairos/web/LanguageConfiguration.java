package dev.kairos.web;

import dev.kairos.platform.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Which language a page is written in: the one chosen with {@code ?lang=} (kept a year in the
 * {@code kairos_lang} cookie, so the admin stays in it), else the browser's {@code Accept-Language}
 * among the supported ones, else English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "kairos_lang";
    static final String PARAMETER = "lang";

    private final CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);

    LanguageConfiguration() {
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LanguageConfiguration::fromBrowser);
    }

    @Bean
    LocaleResolver localeResolver() {
        return resolver;
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        return Collections.list(request.getLocales()).stream()
                .filter(l -> Languages.isSupported(l.getLanguage()))
                .findFirst()
                .map(Languages::of)
                .orElse(Locale.ENGLISH);
    }

    /**
     * The {@code lang} of the query string. Read from the query alone, never through the request's
     * parameters: those would parse a form body, and an upload over the limit fails to parse.
     */
    static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return pair.substring(PARAMETER.length() + 1);
            }
        }
        return null;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        String wanted = fromQuery(request.getQueryString());
                        if (wanted != null && Languages.isSupported(wanted)) {
                            resolver.setLocale(request, response, Languages.of(wanted));
                        }
                        return true;
                    }
                })
                .excludePathPatterns("/api/**", "/actuator/**", "/v3/api-docs/**");
    }
}
