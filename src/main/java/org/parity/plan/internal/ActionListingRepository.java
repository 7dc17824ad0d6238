package org.parity.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionListingRepository extends JpaRepository<ActionListing, Long> {

    List<ActionListing> findByThemeIdInOrderByThemeIdAscPositionAsc(List<Long> themeIds);

    List<ActionListing> findByActionId(Long actionId);
}
