package org.parity.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
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
 */
@Configuration(proxyBeanMethods = false)
class OncePerRequestSessions {

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
            stored.save(session);
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
            Session session = stored.findById(id);
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
}
