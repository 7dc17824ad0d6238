package org.parity.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByActionIdOrderBySubmittedAtAscIdAsc(Long actionId);

    List<ProgressUpdate> findByActionIdAndStatusOrderBySubmittedAtAscIdAsc(Long actionId, UpdateStatus status);

    List<ProgressUpdate> findTop10ByActionIdInAndStatusAndSourceDocumentIsNullOrderByDecidedAtDescIdDesc(
            java.util.Collection<Long> actionIds, UpdateStatus status);

    Optional<ProgressUpdate> findFirstByActionIdAndStatusOrderByIdDesc(Long actionId, UpdateStatus status);
}
