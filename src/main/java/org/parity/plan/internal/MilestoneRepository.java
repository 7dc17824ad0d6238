package org.parity.plan.internal;

import java.util.Collection;
import java.util.List;
import org.parity.plan.MilestoneStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByActionIdOrderByPosition(Long actionId);

    List<Milestone> findByActionIdInOrderByActionIdAscPositionAsc(java.util.Collection<Long> actionIds);

    List<Milestone> findByIndicatorCode(String indicatorCode);

    /**
     * One organisation's milestones (of one unit's actions; {@code unit} 0 for all) in these states, by
     * action and position, a page at a time.
     */
    @Query("""
            select m from Milestone m where m.status in :statuses and m.actionId in (
              select a.id from Action a where (:unit = 0 or a.unitId = :unit)
                and a.planId in (select p.id from Plan p where p.organisationCode = :org))
            order by m.actionId, m.position
            """)
    Page<Milestone> inOrganisation(
            @Param("org") String organisation,
            @Param("statuses") Collection<MilestoneStatus> statuses,
            @Param("unit") long unit,
            Pageable page);

    /** How many milestones are in each state: one aggregate query (the metrics gauges read it). */
    @Query("select m.status, count(m) from Milestone m group by m.status")
    List<Object[]> countByStatus();
}
