package org.parity.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByActionIdOrderByIdAsc(Long actionId);
}
