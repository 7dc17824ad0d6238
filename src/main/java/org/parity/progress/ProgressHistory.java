package org.parity.progress;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.progress.internal.ProgressUpdateEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress of many actions at once, for reports: a query per thousand actions rather than one per
 * action. Only approved updates are ever handed out with their narrative.
 */
@Service
@Transactional(readOnly = true)
public class ProgressHistory {

    private static final int CHUNK = 1000;

    private final EntityManager entities;

    ProgressHistory(EntityManager entities) {
        this.entities = entities;
    }

    /** Approved updates of these actions, oldest first. */
    public List<ProgressUpdate> approvedFor(Collection<Long> actionIds) {
        List<ProgressUpdateEntity> found = new ArrayList<>();
        for (List<Long> chunk : chunks(actionIds)) {
            found.addAll(entities.createQuery(
                            "select u from ProgressUpdate u where u.actionId in :ids"
                                    + " and u.status = :approved order by u.actionId, u.submittedAt, u.id",
                            ProgressUpdateEntity.class)
                    .setParameter("ids", chunk)
                    .setParameter("approved", UpdateStatus.APPROVED)
                    .getResultList());
        }
        return ProgressService.views(found);
    }

    /** When each action last had an update submitted (whatever became of it); absent when never. */
    public Map<Long, Instant> lastSubmitted(Collection<Long> actionIds) {
        Map<Long, Instant> last = new HashMap<>();
        for (List<Long> chunk : chunks(actionIds)) {
            entities.createQuery(
                            "select u.actionId, max(u.submittedAt) from ProgressUpdate u where u.actionId in :ids"
                                    + " group by u.actionId",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> last.put((Long) r[0], (Instant) r[1]));
        }
        return last;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
