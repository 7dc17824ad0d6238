package org.parity.report.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuedReportFileRepository extends JpaRepository<IssuedReportFile, Long> {}
