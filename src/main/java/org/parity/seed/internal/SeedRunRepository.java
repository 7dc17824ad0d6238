package org.parity.seed.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SeedRunRepository extends JpaRepository<SeedRun, Long> {

    /** Whether a seed run finished: its data stored, its processes started, its milestones evaluated. */
    boolean existsByCompletedAtIsNotNull();

    /** A run whose data was stored by a node that stopped before starting every process. */
    Optional<SeedRun> findFirstByCompletedAtIsNullOrderByIdAsc();
}
