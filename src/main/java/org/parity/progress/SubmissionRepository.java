package org.parity.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findFirstByActionIdAndKindAndStatusOrderByIdDesc(
            Long actionId, SubmissionKind kind, UpdateStatus status);

    List<Submission> findByActionIdOrderByIdAsc(Long actionId);
}
