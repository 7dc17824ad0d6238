package org.parity.plan.internal;

import java.util.Collection;
import java.util.List;
import org.parity.plan.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionRepository extends JpaRepository<Action, Long> {

    List<Action> findByPlanIdOrderById(Long planId);

    long countByPlanId(Long planId);

    /** How many actions each of these plans has: rows of plan id and count (plans without actions absent). */
    @Query("select a.planId, count(a) from Action a where a.planId in :plans group by a.planId")
    List<Object[]> countByPlanIds(@Param("plans") Collection<Long> planIds);

    List<Action> findByStatus(ActionStatus status);

    @Query("select a.id from Action a where a.status in :statuses order by a.id")
    List<Long> idsWithStatus(@Param("statuses") Collection<ActionStatus> statuses);

    @Query(value = """
            select a.* from action a join plan p on p.id = a.plan_id
            where p.organisation_code in (:orgs)
            order by p.organisation_code, a.plan_id, a.id
            """, nativeQuery = true)
    List<Action> inOrganisations(@Param("orgs") Collection<String> organisationCodes);

    /**
     * How many actions of one organisation (of one unit; {@code unit} 0 for all) have each status and RAG:
     * rows of status, RAG and count.
     */
    @Query(value = """
            select a.status, a.rag, count(*) from action a join plan p on p.id = a.plan_id
            where p.organisation_code = :org and (:unit = 0 or a.unit_id = :unit) group by a.status, a.rag
            """, nativeQuery = true)
    List<Object[]> statusCounts(@Param("org") String organisationCode, @Param("unit") long unit);

    /**
     * One organisation's actions (of one unit; {@code unit} 0 for all) per high impact action, status and
     * RAG, and how many of the links are inferred.
     */
    @Query(value = """
            select h.hia_code, a.status, a.rag, count(*), sum(case when h.inferred then 1 else 0 end)
            from action_hia h join action a on a.id = h.action_id join plan p on p.id = a.plan_id
            where p.organisation_code = :org and (:unit = 0 or a.unit_id = :unit) group by h.hia_code, a.status, a.rag
            """, nativeQuery = true)
    List<Object[]> highImpactCounts(@Param("org") String organisationCode, @Param("unit") long unit);

    /**
     * One organisation's actions (of one unit; {@code unit} 0 for all) in these states due from {@code from}
     * up to (not including) {@code to}, soonest first.
     */
    @Query("""
            select a from Action a where a.status in :statuses and a.due >= :from and a.due < :to
              and (:unit = 0 or a.unitId = :unit)
              and a.planId in (select p.id from Plan p where p.organisationCode = :org)
            order by a.due, a.id
            """)
    org.springframework.data.domain.Page<Action> dueBetween(
            @Param("org") String organisationCode,
            @Param("statuses") Collection<ActionStatus> statuses,
            @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to,
            @Param("unit") long unit,
            org.springframework.data.domain.Pageable page);
}
