package org.parity.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** With parity.login.passwords=false a password posted to /login is refused (403) and audited. */
class PasswordSignInOff extends OncePerRequestFilter {

    private final AuditLog audit;

    PasswordSignInOff(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            String username = request.getParameter("username");
            audit.recordAlone(AuditLog.Entry.of(
                            username == null ? "anonymous" : username,
                            null,
                            "LOGIN",
                            String.valueOf(username),
                            "LOGIN_REFUSED")
                    .detail("password sign-in is switched off; from " + request.getRemoteAddr()));
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
