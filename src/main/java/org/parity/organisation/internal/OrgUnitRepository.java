package org.parity.organisation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnitEntity, Long> {

    Optional<OrgUnitEntity> findByOrganisationCodeAndCode(String organisationCode, String code);

    List<OrgUnitEntity> findByOrganisationCodeOrderByKindAscNameAscCodeAsc(String organisationCode);

    List<OrgUnitEntity> findByOrganisationCodeInOrderByOrganisationCodeAscKindAscNameAsc(
            Collection<String> organisationCodes);
}
