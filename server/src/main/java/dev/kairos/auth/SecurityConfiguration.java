package dev.kairos.auth;

import dev.kairos.limits.SignInThrottle;
import dev.kairos.web.TrustedProxies;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Two doors. The API ({@code /api/v1}), health and API docs are stateless and authenticated by
 * {@code AuthFilter} from the tokens of each request, so no session and no CSRF token there. Every
 * page is behind a session sign-in with CSRF protection on each form and htmx request; the public
 * booking pages and static assets are open.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        // Nothing here authenticates or authorises (AuthFilter and Access do), so only the response
        // headers stay: every filter this chain runs is paid on each API request.
        return http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .exceptionHandling(exceptions -> exceptions.disable())
                .build();
    }

    /**
     * The public booking pages: open to all, embeddable in any site's iframe, without a session, and
     * every form still CSRF-protected, by signed tokens since an embedded page gets no cookies.
     */
    @Bean
    @Order(2)
    SecurityFilterChain bookingPages(HttpSecurity http, JdbcClient db, Clock clock) throws Exception {
        return http.securityMatcher("/book/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new SignedCsrfTokens(db, clock))
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors *")))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle, TrustedProxies proxies) throws Exception {
        SignInLockout lockout = new SignInLockout(throttle, proxies);
        return http.addFilterBefore(lockout, UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/invitation/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(lockout.onSuccess(SignInAndBack.afterSignIn()))
                        .failureHandler(lockout.onFailure())
                        .permitAll())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new SignInAndBack())
                        .accessDeniedHandler(new SignInAndBack()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .build();
    }

    /** The same bcrypt as {@link Passwords}, so API and page sign-in accept the same password. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }
}
