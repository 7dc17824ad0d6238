package org.parity.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByPlanIdOrderByPosition(Long planId);
}
