package org.parity.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.parity.audit.AuditLog;
import org.parity.people.CalendarLinks;
import org.parity.people.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which route. Fine-grained rules (which organisation, which action) live in the
 * modules' services; here: signed in or not, admin-only areas, API authentication and headers.
 */
@Configuration
@EnableConfigurationProperties(SsoProperties.class)
public class SecurityConfig {

    /** The configured OpenID providers (none: no single sign-on), each discovered on first use. */
    @Bean
    LazyClientRegistrations clientRegistrationRepository(SsoProperties properties) {
        return new LazyClientRegistrations(properties);
    }

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
            ApiTokens tokens,
            LazyClientRegistrations providers,
            SsoSignIn ssoSignIn,
            AuditLog audit,
            @Value("${parity.login.passwords:true}") boolean passwords,
            @Value("${parity.session.absolute-timeout:PT12H}") Duration absoluteTimeout,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie)
            throws Exception {
        boolean sso = !providers.isEmpty();
        if (!passwords && !sso) {
            throw new IllegalStateException("parity.login.passwords=false needs at least one OpenID provider "
                    + "(parity.sso.providers.ID.issuer-uri, client-id, client-secret): nobody could sign in");
        }
        // the API and its OpenAPI document answer a missing sign-in with a 401 problem, pages with the login page
        RequestMatcher api = request -> isApiPath(request) || isApiDocsPath(request);
        // callers that bring their own credentials (scripts, BI tools, Prometheus): 401 and 403 as problem
        // details, personal API tokens accepted; on the application port or a separate management port
        RequestMatcher machine = new OrRequestMatcher(api, EndpointRequest.toAnyEndpoint());
        RequestMatcher engine = request -> request.getRequestURI().startsWith(request.getContextPath() + "/camunda")
                || request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
        // paths matched as written (PathPatternRequestMatcher), not guessed per servlet: the Camunda webapp
        // registers a second servlet, and the header asks these same rules whether to offer a link
        // (sec:authorize-url), which needs matchers that decide without a live servlet mapping
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> auth.requestMatchers(paths(
                                path,
                                "/login",
                                "/oauth2/authorization/*",
                                "/login/oauth2/code/*",
                                "/error",
                                "/error/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/assets/**",
                                "/favicon.ico"))
                        .permitAll()
                        // a private calendar subscription address: the secret in it is the credential (CalendarLinks)
                        .requestMatchers(paths(path, CalendarLinks.PATH_PREFIX + "*.ics"))
                        .permitAll()
                        .requestMatchers(paths(path, PendingApprovalFilter.PAGE))
                        .authenticated()
                        // liveness and readiness probes: status only, no details unless an admin asks
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        // metrics (/actuator/prometheus) and any other endpoint exposed later: admins only
                        .requestMatchers(EndpointRequest.toAnyEndpoint())
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(engine)
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(paths(path, "/admin/**", "/api/admin/**"))
                        .hasRole(Role.ADMIN.name())
                        // the API's contract (OpenAPI document and Swagger UI): anyone signed in, board readers too;
                        // it holds no data, and what each caller may then call is decided route by route
                        .requestMatchers(paths(
                                path, API_DOCS, API_DOCS + ".yaml", API_DOCS + "/**", SWAGGER_UI, "/swagger-ui/**"))
                        .authenticated()
                        // board readers read issued reports only: their report page, the issued reports, the
                        // organisations
                        .requestMatchers(paths(
                                path,
                                "/",
                                "/organisations/*/report",
                                "/api/organisations",
                                "/api/organisations/*/reports",
                                "/api/reports/*"))
                        .access((authentication, context) -> new AuthorizationDecision(
                                isSignedIn(authentication.get()) && !isPending(authentication.get())))
                        .anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(isSignedIn(authentication.get())
                                && !isPending(authentication.get())
                                && !isBoardReaderOnly(authentication.get()))))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler(signedOut(providers, sso))
                        .invalidateHttpSession(true)
                        .deleteCookies(sessionCookie))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        SecurityConfig::isBasicAuthApiCall,
                        SecurityConfig::isSessionlessApiCall,
                        SecurityConfig::isBearerApiCall,
                        engine))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(apiEntryPoint, machine)
                        .defaultAuthenticationEntryPointFor(
                                new SignInPage("/login"), new NegatedRequestMatcher(machine))
                        .accessDeniedHandler(refusals))
                // sessions live in the database (Spring Session JDBC, table spring_session), shared by every node;
                // a person's sessions are ended by deleting their rows (SharedSessions), so nothing here needs to
                // ask a registry on every request
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // the Cockpit's own sign-in replaces the session: the Parity sign-in is carried into the new one
                .addFilterBefore(new CockpitSignInKeeper(engine), AuthorizationFilter.class)
                .addFilterBefore(new PendingApprovalFilter(), AuthorizationFilter.class)
                .addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new BearerTokenFilter(tokens, apiEntryPoint, machine),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new AbsoluteSessionTimeoutFilter(absoluteTimeout), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(engine),
                                new StaticHeadersWriter("Content-Security-Policy", csp(providers))))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        if (passwords) {
            http.formLogin(form -> form.loginPage("/login")
                            .defaultSuccessUrl("/", false)
                            .permitAll())
                    .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint));
        } else {
            // no form login and no HTTP Basic: a password posted to /login is refused before anything reads it
            http.addFilterBefore(new PasswordSignInOff(audit), CsrfFilter.class);
        }
        if (sso) {
            DefaultOAuth2AuthorizationRequestResolver requests =
                    new DefaultOAuth2AuthorizationRequestResolver(providers, "/oauth2/authorization");
            // PKCE for every provider, confidential clients included (RFC 9700)
            requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.addFilterBefore(
                    new ProviderAvailability(providers, audit), OAuth2AuthorizationRequestRedirectFilter.class);
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .clientRegistrationRepository(providers)
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                    .userInfoEndpoint(info -> info.oidcUserService(ssoSignIn))
                    // the provider's tokens with the session, in the database, not in one node's memory
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .defaultSuccessUrl("/", false)
                    .failureHandler(new SsoFailures(audit, attempts)));
        }
        return http.build();
    }

    /**
     * Sign-out ends the Parity session; after single sign-on it also sends the browser to the provider's
     * end-session endpoint when the provider has one (RP-initiated logout), which returns it to the login page.
     */
    private static LogoutSuccessHandler signedOut(LazyClientRegistrations providers, boolean sso) {
        if (!sso) {
            SimpleUrlLogoutSuccessHandler plain = new SimpleUrlLogoutSuccessHandler();
            plain.setDefaultTargetUrl("/login?logout");
            return plain;
        }
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(providers);
        handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    /** A form may lead to the OpenID providers (sign-out redirects there), and nowhere else but Parity. */
    static String csp(LazyClientRegistrations providers) {
        if (providers.isEmpty()) {
            return CSP;
        }
        return CSP.replace("form-action 'self'", "form-action 'self' " + String.join(" ", providers.issuerOrigins()));
    }

    static boolean isPending(Authentication authentication) {
        return PendingApprovalFilter.isPending(authentication);
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

    /** The OpenAPI document (JSON, YAML and the UI's configuration). */
    static final String API_DOCS = "/v3/api-docs";

    /** The Swagger UI's entry page; the UI itself is served under /swagger-ui/. */
    static final String SWAGGER_UI = "/swagger-ui.html";

    static boolean isApiPath(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** /v3/api-docs, /v3/api-docs.yaml and /v3/api-docs/swagger-config: read by scripts as well as by the UI. */
    static boolean isApiDocsPath(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_DOCS);
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

    /**
     * An API call (or a read of the API's OpenAPI document) with a personal API token: like Basic, it carries
     * its own credentials and no CSRF token.
     */
    static boolean isBearerApiCall(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return (isApiPath(request) || isApiDocsPath(request))
                && header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static boolean isBasicAuth(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
