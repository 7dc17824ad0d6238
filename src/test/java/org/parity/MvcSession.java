package org.parity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

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

    /**
     * A request that arrives with these flash attributes, as after a redirect: they are put in a new stored
     * session (MockMvc's own flashAttr writes to a MockHttpSession, which Spring Session never reads).
     */
    public static RequestPostProcessor flash(Map<String, ?> attributes) {
        return request -> {
            @SuppressWarnings("unchecked")
            SessionRepository<Session> sessions = WebApplicationContextUtils.getRequiredWebApplicationContext(
                            request.getServletContext())
                    .getBean(SessionRepository.class);
            Session session = sessions.createSession();
            FlashMap flash = new FlashMap();
            flash.putAll(attributes);
            session.setAttribute(
                    SessionFlashMapManager.class.getName() + ".FLASH_MAPS", new ArrayList<>(List.of(flash)));
            sessions.save(session);
            MvcSession carrier = new MvcSession();
            carrier.cookie = new Cookie(
                    COOKIE, Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8)));
            return carrier.postProcessRequest(request);
        };
    }

    /** One flash attribute; see {@link #flash(Map)}. */
    public static RequestPostProcessor flash(String name, Object value) {
        return flash(Map.of(name, value));
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
