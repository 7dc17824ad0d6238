package org.parity.progress.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<ReviewEntity, Long> {

    List<ReviewEntity> findByActionIdOrderByIdAsc(Long actionId);
}
