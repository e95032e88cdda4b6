package dev.kairos.web;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * Web-wide settings: {@code //} and a trailing slash are tolerated, the API answers JSON whatever
 * the Accept header, and what the security firewall refuses is answered like any other refusal.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<LenientRequests> lenientRequests() {
        FilterRegistrationBean<LenientRequests> registration = new FilterRegistrationBean<>(new LenientRequests());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        return registration;
    }

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlash() {
        UrlHandlerFilter filter =
                UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build();
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        return registration;
    }

    /** A URL the firewall refuses (a {@code ;}, an encoded slash, a path traversal) is a 400 like any bad request. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> response.sendError(
                400, "The URL contains a character or sequence that is not allowed (such as ;, %2F, %5C or ..)");
    }
}
