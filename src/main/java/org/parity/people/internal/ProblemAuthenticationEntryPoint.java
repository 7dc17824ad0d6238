package org.parity.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** API callers who are not signed in get a 401 problem document (and a Basic challenge), not a login page. */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Parity\"");
        ProblemWriter.write(
                response,
                HttpStatus.UNAUTHORIZED,
                "Not signed in",
                "Sign in, or send HTTP Basic credentials, to use the Parity API.");
    }
}
