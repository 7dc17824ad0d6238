package org.parity.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    Optional<OutboxMail> findByIdempotencyKey(String idempotencyKey);

    List<OutboxMail> findTop200ByOrderByIdDesc();

    List<OutboxMail> findByIdempotencyKeyStartingWith(String prefix);
}
