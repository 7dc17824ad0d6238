package org.parity.organisation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IcsSystemRepository extends JpaRepository<IcsSystemEntity, String> {}
