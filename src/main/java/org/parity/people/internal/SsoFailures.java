package org.parity.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.audit.AuditLog;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A single sign-on that did not succeed (an unknown or replayed state, a token from the wrong issuer,
 * a disabled account, the person cancelled at the provider): audited with the reason, counted against
 * the client address like a failed password, and back to the login page with a general message.
 */
class SsoFailures implements AuthenticationFailureHandler {

    private final AuditLog audit;
    private final LoginAttempts attempts;

    SsoFailures(AuditLog audit, LoginAttempts attempts) {
        this.audit = audit;
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String provider =
                request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        String reason = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                        + (oauth.getError().getDescription() == null
                                ? ""
                                : ": " + oauth.getError().getDescription())
                : exception.getClass().getSimpleName();
        String address = request.getRemoteAddr();
        attempts.countFailure(address);
        if (!(exception instanceof OAuth2AuthenticationException oauth
                && SsoSignIn.REFUSED.equals(oauth.getError().getErrorCode()))) {
            // a disabled account was audited with its name where it was refused
            audit.recordAlone(AuditLog.Entry.of("sso:" + provider, null, "LOGIN", provider, "SSO_REFUSED")
                    .detail("from " + address + ": " + reason));
        }
        response.sendRedirect(request.getContextPath() + "/login?ssoError");
    }
}
