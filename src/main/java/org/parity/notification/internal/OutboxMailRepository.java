package org.parity.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    Optional<OutboxMail> findByIdempotencyKey(String idempotencyKey);

    List<OutboxMail> findTop200ByOrderByIdDesc();

    List<OutboxMail> findByIdempotencyKeyStartingWith(String prefix);

    /** How many mails are in each state: one aggregate query (the metrics gauges read it). */
    @Query("select m.status, count(m) from OutboxMail m group by m.status")
    List<Object[]> countByStatus();
}
