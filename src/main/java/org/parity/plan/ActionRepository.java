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

    @Query(value = """
            select a.* from action a join plan p on p.id = a.plan_id
            where p.organisation_code in (:orgs)
            order by p.organisation_code, a.plan_id, a.id
            """, nativeQuery = true)
    List<Action> inOrganisations(@Param("orgs") Collection<String> organisationCodes);

    /** Text search over title, rationale and success measures (a lower-case LIKE pattern). */
    @Query(value = """
            select a.* from action a join plan p on p.id = a.plan_id
            where p.organisation_code in (:orgs)
              and (lower(a.title) like :q or lower(coalesce(a.rationale, '')) like :q
                   or lower(coalesce(a.success_measures, '')) like :q)
            order by p.organisation_code, a.plan_id, a.id
            """, nativeQuery = true)
    List<Action> search(@Param("orgs") Collection<String> organisationCodes, @Param("q") String likePattern);
}
