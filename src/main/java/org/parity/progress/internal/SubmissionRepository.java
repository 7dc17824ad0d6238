package org.parity.progress.internal;

import java.util.List;
import java.util.Optional;
import org.parity.progress.SubmissionKind;
import org.parity.progress.UpdateStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionRepository extends JpaRepository<SubmissionEntity, Long> {

    Optional<SubmissionEntity> findFirstByActionIdAndKindAndStatusOrderByIdDesc(
            Long actionId, SubmissionKind kind, UpdateStatus status);

    List<SubmissionEntity> findByActionIdOrderByIdAsc(Long actionId);
}
