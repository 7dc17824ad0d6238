package org.parity.seed.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeedRunRepository extends JpaRepository<SeedRun, Long> {}
