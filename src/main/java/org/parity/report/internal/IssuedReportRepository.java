package org.parity.report.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parity.report.ReportFormat;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IssuedReportRepository extends JpaRepository<IssuedReport, Long> {

    List<IssuedReport> findByOrganisationCodeOrderByIssuedAtDescIdDesc(String organisationCode);

    List<IssuedReport> findBySystemCodeOrderByIssuedAtDescIdDesc(String systemCode);

    /** The formats stored for these reports, without reading their bytes. */
    @Query("select f.reportId, f.format from IssuedReportFile f where f.reportId in :ids order by f.reportId, f.format")
    List<Object[]> formatsOf(@Param("ids") Collection<Long> reportIds);

    @Query("select f from IssuedReportFile f where f.reportId = :id and f.format = :format")
    Optional<IssuedReportFile> file(@Param("id") Long reportId, @Param("format") ReportFormat format);
}
