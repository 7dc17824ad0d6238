package org.parity.organisation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<OrganisationEntity, String> {

    List<OrganisationEntity> findBySystemCodeOrderByCode(String systemCode);

    List<OrganisationEntity> findAllByOrderByCode();
}
