package org.parity.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IcsSystemRepository extends JpaRepository<IcsSystem, String> {}
