package org.parity.report.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.parity.report.ReportDocument;
import org.parity.report.ReportFormat;

/** One format of an issued report: the exact bytes served on every download. */
@Entity
@Table(name = "issued_report_file")
public class IssuedReportFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private Long reportId;

    @Enumerated(EnumType.STRING)
    private ReportFormat format;

    @Column(name = "media_type")
    private String mediaType;

    private String filename;

    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected IssuedReportFile() {}

    public IssuedReportFile(Long reportId, ReportFormat format, ReportDocument document) {
        this.reportId = reportId;
        this.format = format;
        this.mediaType = document.mediaType();
        this.filename = document.filename();
        this.sha256 = document.sha256();
        this.content = document.bytes();
    }

    public ReportDocument document() {
        return new ReportDocument(content, mediaType, filename, sha256);
    }
}
