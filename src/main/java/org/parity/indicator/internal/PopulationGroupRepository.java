package org.parity.indicator.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PopulationGroupRepository extends JpaRepository<PopulationGroupEntity, String> {}
