package org.parity.audit;

import java.util.List;
import org.parity.audit.internal.AuditEventEntity;
import org.parity.audit.internal.AuditEventRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail: every step writes one entry in the same transaction as the change it records. */
@Service
public class AuditLog {

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Entry entry) {
        events.save(new AuditEventEntity(
                entry.actor(),
                entry.organisationCode(),
                entry.subjectType(),
                entry.subjectId(),
                entry.eventType(),
                entry.fromState(),
                entry.toState(),
                truncate(entry.comment()),
                truncate(entry.detail())));
    }

    /** Records a refusal or a login event, which have no business transaction of their own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(Entry entry) {
        record(entry);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> forSubject(String subjectType, String subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByOccurredAtAscIdAsc(subjectType, subjectId).stream()
                .map(AuditLog::view)
                .toList();
    }

    private static AuditEvent view(AuditEventEntity e) {
        return new AuditEvent(
                e.getId(),
                e.getOccurredAt(),
                e.getActor(),
                e.getOrganisationCode(),
                e.getSubjectType(),
                e.getSubjectId(),
                e.getEventType(),
                e.getFromState(),
                e.getToState(),
                e.getComment(),
                e.getDetail());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    /** One audit entry. */
    public record Entry(
            String actor,
            String organisationCode,
            String subjectType,
            String subjectId,
            String eventType,
            String fromState,
            String toState,
            String comment,
            String detail) {

        public static Entry of(
                String actor, String organisationCode, String subjectType, Object subjectId, String eventType) {
            return new Entry(
                    actor, organisationCode, subjectType, String.valueOf(subjectId), eventType, null, null, null, null);
        }

        public Entry states(String from, String to) {
            return new Entry(actor, organisationCode, subjectType, subjectId, eventType, from, to, comment, detail);
        }

        public Entry comment(String text) {
            return new Entry(
                    actor, organisationCode, subjectType, subjectId, eventType, fromState, toState, text, detail);
        }

        public Entry detail(String text) {
            return new Entry(
                    actor, organisationCode, subjectType, subjectId, eventType, fromState, toState, comment, text);
        }
    }
}
