package org.parity.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a sign-in is sent to a provider: a provider this installation does not have is a 404, and one
 * whose discovery document cannot be read now sends the person back to the login page with a message
 * (audited), instead of an error page.
 */
class ProviderAvailability extends OncePerRequestFilter {

    static final String START = "/oauth2/authorization/";

    private final LazyClientRegistrations providers;
    private final AuditLog audit;

    ProviderAvailability(LazyClientRegistrations providers, AuditLog audit) {
        this.providers = providers;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + START);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getRequestURI().substring(request.getContextPath().length() + START.length());
        if (!providers.names().containsKey(id)) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        if (providers.findByRegistrationId(id) == null) {
            audit.recordAlone(AuditLog.Entry.of("sso:" + id, null, "LOGIN", id, "SSO_UNAVAILABLE")
                    .detail("the provider's discovery document could not be read; from " + request.getRemoteAddr()));
            response.sendRedirect(request.getContextPath() + "/login?ssoUnavailable");
            return;
        }
        chain.doFilter(request, response);
    }
}
