package org.parity.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PopulationGroupRepository extends JpaRepository<PopulationGroup, String> {}
