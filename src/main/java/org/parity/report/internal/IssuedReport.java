package org.parity.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A report as issued: what it covers, who issued it when, and its content hash. Never changed after. */
@Entity
@Table(name = "issued_report")
public class IssuedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_code")
    private String organisationCode;

    @Column(name = "system_code")
    private String systemCode;

    @Column(name = "standard_code")
    private String standard;

    @Column(name = "plan_id")
    private Long planId;

    private String period;

    @Column(name = "as_of")
    private LocalDate asOf;

    private String title;

    @Column(name = "content_sha256")
    private String contentSha256;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    protected IssuedReport() {}

    public IssuedReport(
            String organisationCode,
            String standard,
            Long planId,
            String period,
            LocalDate asOf,
            String title,
            String contentSha256,
            String issuedBy,
            Instant issuedAt) {
        this.organisationCode = organisationCode;
        this.standard = standard;
        this.planId = planId;
        this.period = period;
        this.asOf = asOf;
        this.title = title;
        this.contentSha256 = contentSha256;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** An issued comparison of a system's organisations: it belongs to the system, not to one organisation. */
    public static IssuedReport ofSystem(
            String systemCode,
            String standard,
            String period,
            LocalDate asOf,
            String title,
            String contentSha256,
            String issuedBy,
            Instant issuedAt) {
        IssuedReport report =
                new IssuedReport(null, standard, null, period, asOf, title, contentSha256, issuedBy, issuedAt);
        report.systemCode = systemCode;
        return report;
    }

    public String getSystemCode() {
        return systemCode;
    }

    public Long getId() {
        return id;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getStandard() {
        return standard;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getTitle() {
        return title;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
