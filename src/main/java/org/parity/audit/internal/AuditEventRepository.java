package org.parity.audit.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEventEntity, Long> {

    List<AuditEventEntity> findBySubjectTypeAndSubjectIdOrderByOccurredAtAscIdAsc(String subjectType, String subjectId);

    long countByEventType(String eventType);
}
