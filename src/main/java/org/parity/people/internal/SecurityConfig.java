package org.parity.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.parity.people.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which route. Fine-grained rules (which organisation, which action) live in the
 * modules' services; here: signed in or not, admin-only areas, API authentication and headers.
 */
@Configuration
public class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * An address the firewall refuses (an encoded dot or slash, a semicolon, a NUL): 400 with problem
     * details under /api, a plain 400 page elsewhere; never a stack trace.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            String path = request.getRequestURI() == null ? "" : request.getRequestURI();
            if (path.startsWith(request.getContextPath() + "/api/")) {
                ProblemWriter.write(
                        response,
                        HttpStatus.BAD_REQUEST,
                        "Bad request",
                        "This address is not allowed: it holds an encoded or reserved character");
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }

    @Bean
    SecurityFilterChain parityFilterChain(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint apiEntryPoint,
            Refusals refusals,
            LoginAttempts attempts,
            SessionRegistry sessions,
            ApiTokens tokens,
            @Value("${parity.session.absolute-timeout:PT12H}") Duration absoluteTimeout)
            throws Exception {
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        RequestMatcher engine = request -> request.getRequestURI().startsWith(request.getContextPath() + "/camunda")
                || request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
        // paths matched as written (PathPatternRequestMatcher), not guessed per servlet: the Camunda webapp
        // registers a second servlet, and the header asks these same rules whether to offer a link
        // (sec:authorize-url), which needs matchers that decide without a live servlet mapping
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> auth.requestMatchers(paths(
                                path,
                                "/login",
                                "/error",
                                "/error/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/assets/**",
                                "/favicon.ico",
                                "/actuator/health"))
                        .permitAll()
                        .requestMatchers(engine)
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(paths(path, "/admin/**", "/api/admin/**"))
                        .hasRole(Role.ADMIN.name())
                        // board readers read issued reports only: their report page, the issued reports, the
                        // organisations
                        .requestMatchers(paths(
                                path,
                                "/",
                                "/organisations/*/report",
                                "/api/organisations",
                                "/api/organisations/*/reports",
                                "/api/reports/*"))
                        .authenticated()
                        .anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(
                                isSignedIn(authentication.get()) && !isBoardReaderOnly(authentication.get()))))
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        SecurityConfig::isBasicAuthApiCall,
                        SecurityConfig::isSessionlessApiCall,
                        SecurityConfig::isBearerApiCall,
                        engine))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), new NegatedRequestMatcher(api))
                        .accessDeniedHandler(refusals))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?expired"))
                .addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new BearerTokenFilter(tokens, apiEntryPoint), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new AbsoluteSessionTimeoutFilter(absoluteTimeout), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(engine),
                                new StaticHeadersWriter("Content-Security-Policy", CSP)))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    private static RequestMatcher[] paths(PathPatternRequestMatcher.Builder path, String... patterns) {
        return java.util.Arrays.stream(patterns).map(path::matcher).toArray(RequestMatcher[]::new);
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** A person whose only role is BOARD: they read issued reports and nothing live. */
    static boolean isBoardReaderOnly(Authentication authentication) {
        var roles = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .toList();
        return !roles.isEmpty() && roles.stream().allMatch(r -> r.equals("ROLE_" + Role.BOARD.name()));
    }

    /**
     * An API call that carries no session cannot be a forged browser request: it is left to
     * authentication, which answers 401 when it has no credentials (instead of a CSRF 403).
     */
    static boolean isSessionlessApiCall(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getRequestedSessionId() == null;
    }

    /**
     * A script calling the API with HTTP Basic carries no CSRF token and needs none. Pages never
     * get this exemption: a browser may replay cached Basic credentials on a forged form post.
     */
    static boolean isBasicAuthApiCall(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/") && isBasicAuth(request);
    }

    /** An API call with a personal API token: like Basic, it carries its own credentials and no CSRF token. */
    static boolean isBearerApiCall(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static boolean isBasicAuth(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
