package org.parity.progress.internal;

import java.util.List;
import java.util.Optional;
import org.parity.progress.UpdateStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdateEntity, Long> {

    List<ProgressUpdateEntity> findByActionIdOrderBySubmittedAtAscIdAsc(Long actionId);

    java.util.Optional<ProgressUpdateEntity> findFirstByActionIdOrderBySubmittedAtDescIdDesc(Long actionId);

    /** Every update of these actions (a bulk start asks for a batch of actions at once). */
    List<ProgressUpdateEntity> findByActionIdIn(java.util.Collection<Long> actionIds);

    List<ProgressUpdateEntity> findByActionIdAndStatusOrderBySubmittedAtAscIdAsc(Long actionId, UpdateStatus status);

    Optional<ProgressUpdateEntity> findFirstByActionIdAndStatusOrderByIdDesc(Long actionId, UpdateStatus status);

    /**
     * The ten most recently approved updates of one organisation's actions (of one unit's; {@code unit} 0
     * for all), not published documents' progress.
     */
    @org.springframework.data.jpa.repository.Query(value = """
            select u.* from progress_update u
            where u.status = 'APPROVED' and u.source_document is null
              and u.action_id in (select a.id from action a join plan p on p.id = a.plan_id
                                  where p.organisation_code = :org and (:unit = 0 or a.unit_id = :unit))
            order by u.decided_at desc, u.id desc
            fetch first 10 rows only
            """, nativeQuery = true)
    List<ProgressUpdateEntity> recentlyApprovedIn(
            @org.springframework.data.repository.query.Param("org") String organisation,
            @org.springframework.data.repository.query.Param("unit") long unit);
}
