package org.parity.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses sign-in attempts (form posts and HTTP Basic) from an address that has failed too often: 429. */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginAttempts attempts;

    LoginThrottleFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean signIn =
                ("POST".equals(request.getMethod()) && request.getServletPath().equals("/login"))
                        || SecurityConfig.isBasicAuth(request);
        if (signIn && attempts.throttled(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            ProblemWriter.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many attempts",
                    "Too many failed sign-in attempts from your address. Wait a minute and try again.");
            return;
        }
        chain.doFilter(request, response);
    }
}
