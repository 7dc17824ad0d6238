package org.parity.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionRepository extends JpaRepository<Action, Long> {

    List<Action> findByPlanIdOrderById(Long planId);

    long countByPlanId(Long planId);

    List<Action> findByStatus(ActionStatus status);

    @Query("""
            select a from Action a, Plan p
            where a.planId = p.id and p.organisationCode in :orgs
              and (:q is null
                   or lower(a.title) like :q or lower(a.rationale) like :q or lower(a.successMeasures) like :q)
            order by p.organisationCode, a.planId, a.id
            """)
    List<Action> search(@Param("orgs") Collection<String> organisationCodes, @Param("q") String likePattern);
}
