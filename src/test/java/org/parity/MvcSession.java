package org.parity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session for MockMvc tests. Sessions live in the database (Spring Session JDBC) and are found by
 * their cookie, as on a real server, so a test carries the session cookie from answer to request (a
 * MockHttpSession would be ignored). Use {@code .with(session)} on each request and {@link #keep} on answers
 * that may set a new cookie (sign-in rotates the id; sign-out clears it).
 */
public final class MvcSession implements RequestPostProcessor {

    public static final String COOKIE = "SESSION";

    private Cookie cookie;

    /** A session signed in through the login form. */
    public static MvcSession signedIn(MockMvc mvc, String username, String password) throws Exception {
        MvcSession session = new MvcSession();
        session.keep(mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn());
        if (session.cookie == null) {
            throw new AssertionError("signing in as " + username + " made no session");
        }
        return session;
    }

    /** Takes the session cookie from this answer, if it set or cleared one. */
    public MvcResult keep(MvcResult result) {
        Cookie set = result.getResponse().getCookie(COOKIE);
        if (set != null) {
            cookie = set.getMaxAge() == 0 || set.getValue().isEmpty() ? null : new Cookie(COOKIE, set.getValue());
        }
        return result;
    }

    /** The session's id as stored in spring_session.session_id (the cookie carries it Base64-encoded). */
    public String id() {
        return cookie == null ? null : idOf(cookie.getValue());
    }

    /** True while this browser holds a session cookie. */
    public boolean present() {
        return cookie != null;
    }

    static String idOf(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            List<Cookie> cookies = new ArrayList<>();
            if (request.getCookies() != null) {
                cookies.addAll(List.of(request.getCookies()));
            }
            cookies.add(cookie);
            request.setCookies(cookies.toArray(Cookie[]::new));
        }
        return request;
    }
}
