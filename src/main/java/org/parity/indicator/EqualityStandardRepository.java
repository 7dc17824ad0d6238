package org.parity.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EqualityStandardRepository extends JpaRepository<EqualityStandard, String> {}
