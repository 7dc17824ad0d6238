package org.parity.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.audit.AuditLog;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Every refusal is audited. API and actuator callers get a 403 problem document; browser pages get the friendly
 * 403 page. A missing or wrong CSRF token is a refusal too.
 */
@Component
public class Refusals implements AccessDeniedHandler {

    /** The actuator's endpoints (metrics): their callers are scripts, so they get problem details too. */
    private static final RequestMatcher ENDPOINTS = EndpointRequest.toAnyEndpoint();

    private final AuditLog audit;

    Refusals(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        record(request.getMethod() + " " + request.getRequestURI(), e.getClass().getSimpleName());
        if (e instanceof CsrfException && isSignOutOfAnEndedSession(request)) {
            // the session (and its CSRF token) had already ended: idle, or ended on any node when an admin changed
            // the person; there is nothing left to sign out of, so say so instead of a 403
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || ENDPOINTS.matches(request)) {
            ProblemWriter.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "Not allowed",
                    "You are signed in but may not do this (a missing CSRF token is refused here too).");
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    private static boolean isSignOutOfAnEndedSession(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/logout")
                && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid();
    }

    /** Records a refusal decided anywhere (route rules, services, tenancy). */
    public void record(String what, String why) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "anonymous" : auth.getName();
        audit.recordAlone(
                AuditLog.Entry.of(actor, null, "REQUEST", what, "REFUSED").detail(why));
    }
}
