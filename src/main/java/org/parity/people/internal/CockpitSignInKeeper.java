package org.parity.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Cockpit (Camunda's webapp under /camunda) signs in with its own form, and on success it invalidates
 * the HTTP session and starts a new one (against session fixation). That would drop the admin's Parity
 * sign-in, which every /camunda request needs, so the next Cockpit call would be sent to the login page.
 * For engine requests only, this hands the Parity security context of the session the request came with to
 * the session that replaces it, at the moment the new session is made: the session id still changes, and
 * the new session is complete before the Cockpit's answer leaves, so any node serves the next request.
 */
class CockpitSignInKeeper extends OncePerRequestFilter {

    static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final RequestMatcher engine;

    CockpitSignInKeeper(RequestMatcher engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = engine.matches(request) ? request.getSession(false) : null;
        Object signedIn = session == null ? null : session.getAttribute(CONTEXT);
        if (signedIn == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new KeepingRequest(request, signedIn), response);
    }

    private static final class KeepingRequest extends HttpServletRequestWrapper {

        private final Object signedIn;

        KeepingRequest(HttpServletRequest request, Object signedIn) {
            super(request);
            this.signedIn = signedIn;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (session != null && session.getAttribute(CONTEXT) == null) {
                session.setAttribute(CONTEXT, signedIn);
            }
            return session;
        }
    }
}
