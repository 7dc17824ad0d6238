package org.parity.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SsoIdentityRepository extends JpaRepository<SsoIdentity, Long> {

    Optional<SsoIdentity> findByIssuerAndSubject(String issuer, String subject);

    List<SsoIdentity> findByUserId(Long userId);
}
