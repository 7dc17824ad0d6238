package org.parity.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's stored session once. Spring Session's filter looks the session up when the request
 * starts and again after saving it at the end (to decide whether to send the cookie: a known behaviour,
 * spring-session issue 1731), so every signed-in page cost two reads of the session and its attributes
 * besides the write of its last access. Within one request the repository here answers a second look-up
 * of the same id from what the first one read or the save wrote; outside a request, and for the
 * registry's look-ups by username, every call goes to the database.
 *
 * <p>A request also records the session's last access, which Spring Session writes on every request:
 * here it is written only when the stored one is at least {@link #TOUCH_EVERY} old, so a reader moving
 * through pages writes once a minute, not once a page (the idle timeout of 30 minutes then ends a session
 * between 29 and 30 idle minutes). Anything else a request changes in its session is written as before.
 */
@Configuration(proxyBeanMethods = false)
class OncePerRequestSessions {

    /** How stale the stored last access may grow before a request writes it again. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** The sessions read or written by the current request's thread, by id (null: none stored). */
    private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

    @Bean
    static BeanPostProcessor oncePerRequestSessionRepository() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("sessionRepository".equals(beanName) && bean instanceof FindByIndexNameSessionRepository<?> r) {
                    return new Repository((FindByIndexNameSessionRepository<Session>) r);
                }
                return bean;
            }
        };
    }

    /** Opens the request's memory of sessions just before Spring Session's filter, and closes it after. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionReadsPerRequest() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        Map<String, Session> outer = READ.get();
                        READ.set(new HashMap<>());
                        try {
                            chain.doFilter(request, response);
                        } finally {
                            if (outer == null) {
                                READ.remove();
                            } else {
                                READ.set(outer);
                            }
                        }
                    }
                });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setName("sessionReadsPerRequest");
        return registration;
    }

    /** The stored sessions, with the request's look-ups of one id answered once. */
    static final class Repository implements FindByIndexNameSessionRepository<Session> {

        private final FindByIndexNameSessionRepository<Session> stored;

        Repository(FindByIndexNameSessionRepository<Session> stored) {
            this.stored = stored;
        }

        @Override
        public Session createSession() {
            return stored.createSession();
        }

        @Override
        public void save(Session session) {
            stored.save(session instanceof Touched t ? t.session : session);
            Map<String, Session> read = READ.get();
            if (read != null) {
                // a changed id (sign-in rotates it) leaves no entry under the old one
                read.values().removeIf(s -> s == session);
                read.put(session.getId(), session);
            }
        }

        @Override
        public Session findById(String id) {
            Map<String, Session> read = READ.get();
            if (read == null) {
                return stored.findById(id);
            }
            if (read.containsKey(id)) {
                return read.get(id);
            }
            Session found = stored.findById(id);
            Session session = found == null ? null : new Touched(found);
            read.put(id, session);
            return session;
        }

        @Override
        public void deleteById(String id) {
            stored.deleteById(id);
            Map<String, Session> read = READ.get();
            if (read != null) {
                read.put(id, null);
            }
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return stored.findByIndexNameAndIndexValue(indexName, indexValue);
        }
    }

    /**
     * A stored session whose last access is only moved when the stored one is {@link #TOUCH_EVERY} old or
     * older; every other read and change goes to the session itself.
     */
    static final class Touched implements Session {

        private final Session session;

        Touched(Session session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime)
                            .compareTo(TOUCH_EVERY)
                    >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
