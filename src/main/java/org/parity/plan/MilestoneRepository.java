package org.parity.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByActionIdOrderByPosition(Long actionId);

    List<Milestone> findByActionIdInOrderByActionIdAscPositionAsc(java.util.Collection<Long> actionIds);

    List<Milestone> findByIndicatorCode(String indicatorCode);
}
