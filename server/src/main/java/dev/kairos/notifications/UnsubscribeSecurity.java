package dev.kairos.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The unsubscribe pages are open to anyone holding a link, without a session. No CSRF token: the
 * request carries no credentials a forged one could ride on, only the signed token itself, and mail
 * programs post one-click unsubscribes without any form of ours.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UnsubscribeSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain unsubscribePages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/unsubscribe/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
