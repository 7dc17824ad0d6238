package org.parity.people.internal;

import java.util.List;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Everyone's HTTP sessions, in the database that every node shares (Spring Session JDBC). A person's sessions
 * are found through the principal-name index (their Parity username, for password and single sign-on alike)
 * and ended by deleting their rows, so the next request on any node finds no session and must sign in again.
 */
@Component
public class SharedSessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;
    private final SpringSessionBackedSessionRegistry<? extends Session> registry;

    SharedSessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
        this.registry = new SpringSessionBackedSessionRegistry<>(repository);
    }

    /** The ids of this person's live sessions on every node. */
    public List<String> of(String username) {
        return registry.getAllSessions(username, false).stream()
                .map(SessionInformation::getSessionId)
                .toList();
    }

    /** Ends every session of this person on every node; returns how many there were. */
    public int endAll(String username) {
        List<String> ids = of(username);
        ids.forEach(repository::deleteById);
        return ids.size();
    }
}
