package org.parity.seed;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeedRunRepository extends JpaRepository<SeedRun, Long> {}
