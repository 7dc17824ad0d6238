package org.parity.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, String> {

    List<Organisation> findBySystemCodeOrderByCode(String systemCode);

    List<Organisation> findAllByOrderByCode();
}
