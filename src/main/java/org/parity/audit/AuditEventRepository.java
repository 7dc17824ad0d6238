package org.parity.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtAscIdAsc(String subjectType, String subjectId);

    long countByEventType(String eventType);
}
