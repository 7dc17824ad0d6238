package org.parity.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedReportFileRepository extends JpaRepository<IssuedReportFile, Long> {}
