package org.parity.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <personal API token>} on /api/**, the OpenAPI document /v3/api-docs and the
 * actuator endpoints: the call acts as the token's owner for
 * this request only (no session is made). A token that does not check out is a 401 problem at once,
 * never a fall-through to another way of signing in. Pages ignore the header.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final RequestMatcher routes;

    /** Reads tokens on the routes that match (the API and the actuator endpoints). */
    BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint, RequestMatcher routes) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
        this.routes = routes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        return !bearer || !routes.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented =
                request.getHeader("Authorization").substring("Bearer ".length()).strip();
        Optional<ParityUserDetails> owner = tokens.authenticate(presented);
        if (owner.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown, expired or revoked token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                owner.get(), null, owner.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
