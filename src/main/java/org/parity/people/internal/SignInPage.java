package org.parity.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a page request that needs a sign-in to the login page; "?expired" when the browser brought a session
 * that no longer exists (idle too long, or ended on another node because the person was disabled, their roles
 * changed or their password was reset), so the page can say why.
 */
class SignInPage extends LoginUrlAuthenticationEntryPoint {

    SignInPage(String loginPage) {
        super(loginPage);
    }

    @Override
    protected String determineUrlToUseForThisRequest(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) {
        String page = getLoginFormUrl();
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            return page + "?expired";
        }
        return page;
    }
}
