package org.parity.people.internal;

import java.util.Collection;
import java.util.List;
import org.parity.people.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SsoRoleMappingRepository extends JpaRepository<SsoRoleMappingEntity, Long> {

    List<SsoRoleMappingEntity> findByProviderAndClaimValueIn(String provider, Collection<String> claimValues);

    List<SsoRoleMappingEntity> findAllByOrderByProviderAscClaimValueAscOrganisationCodeAscRoleAsc();

    boolean existsByProviderAndClaimValueAndOrganisationCodeAndRole(
            String provider, String claimValue, String organisationCode, Role role);
}
