package org.parity.progress;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress updates and the sponsor's decisions on them. */
@Service
public class ProgressService {

    private final ProgressUpdateRepository updates;

    ProgressService(ProgressUpdateRepository updates) {
        this.updates = updates;
    }

    /** Progress a published document reports: stored as approved, its source named. */
    @Transactional
    public void recordPublished(Long actionId, List<String> statements, String document) {
        for (String statement : statements) {
            updates.save(ProgressUpdate.published(actionId, statement, document));
        }
    }

    @Transactional(readOnly = true)
    public List<ProgressUpdate> approvedFor(Long actionId) {
        return updates.findByActionIdAndStatusOrderBySubmittedAtAscIdAsc(actionId, UpdateStatus.APPROVED);
    }

    @Transactional(readOnly = true)
    public List<ProgressUpdate> allFor(Long actionId) {
        return updates.findByActionIdOrderBySubmittedAtAscIdAsc(actionId);
    }
}
