package org.parity.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person created by single sign-on and not yet approved may see one page, which says so, and sign
 * out; every other page sends them there, and the API refuses them. (The route rules refuse them too.)
 */
class PendingApprovalFilter extends OncePerRequestFilter {

    static final String PAGE = "/pending";
    private static final List<String> OPEN = List.of(
            PAGE, "/logout", "/login", "/error", "/css/", "/js/", "/images/", "/webjars/", "/assets/", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isPending(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p))) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            ProblemWriter.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "Waiting for approval",
                    "Your account waits for an administrator to approve it.");
        } else {
            response.sendRedirect(request.getContextPath() + PAGE);
        }
    }

    static boolean isPending(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> ParityOidcUser.PENDING.equals(a.getAuthority()));
    }
}
