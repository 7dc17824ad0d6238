package org.parity.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByOrganisationCodeAndCode(String organisationCode, String code);
}
