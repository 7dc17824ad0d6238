package org.parity.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByActionIdOrderBySubmittedAtAscIdAsc(Long actionId);

    java.util.Optional<ProgressUpdate> findFirstByActionIdOrderBySubmittedAtDescIdDesc(Long actionId);

    List<ProgressUpdate> findByActionIdAndStatusOrderBySubmittedAtAscIdAsc(Long actionId, UpdateStatus status);

    Optional<ProgressUpdate> findFirstByActionIdAndStatusOrderByIdDesc(Long actionId, UpdateStatus status);

    /** The ten most recently approved updates of one organisation's actions (not published documents' progress). */
    @org.springframework.data.jpa.repository.Query(value = """
            select u.* from progress_update u
            where u.status = 'APPROVED' and u.source_document is null
              and u.action_id in (select a.id from action a join plan p on p.id = a.plan_id
                                  where p.organisation_code = :org)
            order by u.decided_at desc, u.id desc
            fetch first 10 rows only
            """, nativeQuery = true)
    List<ProgressUpdate> recentlyApprovedIn(
            @org.springframework.data.repository.query.Param("org") String organisation);
}
