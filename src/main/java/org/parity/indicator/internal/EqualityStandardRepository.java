package org.parity.indicator.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EqualityStandardRepository extends JpaRepository<EqualityStandardEntity, String> {}
