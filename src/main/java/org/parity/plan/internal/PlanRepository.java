package org.parity.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    List<Plan> findByOrganisationCodeOrderByStandardCodeAscTitleAsc(String organisationCode);

    List<Plan> findByOrganisationCodeInOrderByOrganisationCodeAscTitleAsc(Collection<String> organisationCodes);

    List<Plan> findByOrganisationCodeInOrderByOrganisationCodeAscStandardCodeAscTitleAsc(
            Collection<String> organisationCodes);

    Optional<Plan> findByKey(String key);

    long countByOrganisationCode(String organisationCode);
}
