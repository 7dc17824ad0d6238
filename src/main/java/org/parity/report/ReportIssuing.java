package org.parity.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.audit.AuditLog;
import org.parity.common.BadInputException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.parity.organisation.Organisation;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.report.internal.IssuedReport;
import org.parity.report.internal.IssuedReportFile;
import org.parity.report.internal.IssuedReportFileRepository;
import org.parity.report.internal.IssuedReportRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing freezes a report: every format is rendered once, stored with its hash, and served byte for
 * byte ever after. The organisation's EDI team (or an admin) issues; anyone who reads the organisation,
 * board readers included, lists and downloads; other organisations' reports are not found. A system's
 * comparison is issued, listed and downloaded the same way by those who compare that system (its ICS
 * users and admins); to everyone else it is not found.
 */
@Service
public class ReportIssuing {

    private final ReportService reports;
    private final ReportDocuments documents;
    private final IssuedReportRepository issued;
    private final IssuedReportFileRepository files;
    private final OrganisationAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ReportIssuing(
            ReportService reports,
            ReportDocuments documents,
            IssuedReportRepository issued,
            IssuedReportFileRepository files,
            OrganisationAccess access,
            AuditLog audit,
            Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.issued = issued;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IssuedReportSummary issue(Caller caller, ReportQuery query) {
        Organisation organisation = access.readable(caller, query.organisation());
        if (!access.runsEdiWork(caller, organisation.code())) {
            throw new AccessDeniedException("only the organisation's EDI team issues its reports");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = query.asOf() == null ? today : query.asOf();
        if (asOf.isAfter(today)) {
            throw new BadInputException(
                    "a report cannot be issued as of a future date",
                    List.of(new RowError(0, "asOf", "must be today or earlier")));
        }
        BoardReport report = reports.build(organisation, query.asOf(asOf));
        String hash = documents.contentHash(report);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String title = report.scope().organisationName() + " "
                + (report.scope().standard() == null ? "" : report.scope().standard() + " ")
                + (report.scope().period() == null ? "" : report.scope().period() + " ")
                + asOf;
        IssuedReport saved = issued.save(new IssuedReport(
                organisation.code(),
                report.scope().standard(),
                query.planId(),
                query.period(),
                asOf,
                title.replaceAll("\\s+", " ").strip(),
                hash,
                caller.username(),
                now));
        Stamp stamp = new Stamp(saved.getId(), caller.username(), now, hash);
        List<String> formats = store(saved, format -> documents.render(report, format, stamp));
        audit.record(AuditLog.Entry.of(caller.username(), organisation.code(), "REPORT", saved.getId(), "REPORT_ISSUED")
                .detail("as of " + asOf + ", content SHA-256 " + hash));
        return summary(saved, formats);
    }

    /**
     * Issues a system's comparison as it reads today, for a standard and period (either may be null:
     * all standards, the latest figures). Only those who compare the system issue it; to others the
     * system does not exist.
     */
    @Transactional
    public IssuedReportSummary issueSystem(Caller caller, String systemCode, String standard, String period) {
        SystemReport report = reports.system(caller, systemCode, standard, period);
        String hash = documents.contentHash(report);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String title = report.systemName() + " " + (report.standard() == null ? "" : report.standard() + " ")
                + (report.period() == null ? "" : report.period() + " ")
                + report.asOf();
        IssuedReport saved = issued.save(IssuedReport.ofSystem(
                report.system(),
                report.standard(),
                report.period(),
                report.asOf(),
                title.replaceAll("\\s+", " ").strip(),
                hash,
                caller.username(),
                now));
        Stamp stamp = new Stamp(saved.getId(), caller.username(), now, hash);
        List<String> formats = store(saved, format -> documents.render(report, format, stamp));
        audit.record(AuditLog.Entry.of(caller.username(), null, "REPORT", saved.getId(), "REPORT_ISSUED")
                .detail("system " + report.system() + " as of " + report.asOf() + ", content SHA-256 " + hash));
        return summary(saved, formats);
    }

    /** Every format rendered once and stored; answers the formats, in their order. */
    private List<String> store(IssuedReport saved, java.util.function.Function<ReportFormat, ReportDocument> render) {
        List<String> formats = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            files.save(new IssuedReportFile(saved.getId(), format, render.apply(format)));
            formats.add(format.name().toLowerCase());
        }
        return formats;
    }

    @Transactional(readOnly = true)
    public List<IssuedReportSummary> list(Caller caller, String organisationCode) {
        access.readable(caller, organisationCode);
        return summaries(issued.findByOrganisationCodeOrderByIssuedAtDescIdDesc(organisationCode));
    }

    /** The system's issued comparisons, newest first: for those who compare the system; to others it is not found. */
    @Transactional(readOnly = true)
    public List<IssuedReportSummary> listSystem(Caller caller, String systemCode) {
        if (!access.readsSystem(caller, systemCode)) {
            throw new NotFoundException("system " + systemCode);
        }
        return summaries(issued.findBySystemCodeOrderByIssuedAtDescIdDesc(systemCode));
    }

    private List<IssuedReportSummary> summaries(List<IssuedReport> found) {
        Map<Long, List<String>> formats = new HashMap<>();
        if (!found.isEmpty()) {
            issued.formatsOf(found.stream().map(IssuedReport::getId).toList())
                    .forEach(r -> formats.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add(((ReportFormat) r[1]).name().toLowerCase()));
        }
        formats.values()
                .forEach(f -> f.sort(java.util.Comparator.comparingInt(
                        name -> ReportFormat.valueOf(name.toUpperCase()).ordinal())));
        return found.stream()
                .map(r -> summary(r, formats.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public IssuedReportSummary get(Caller caller, Long id) {
        IssuedReport report = visible(caller, id);
        List<IssuedReportSummary> all = report.getSystemCode() != null
                ? listSystem(caller, report.getSystemCode())
                : list(caller, report.getOrganisationCode());
        return all.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report " + id));
    }

    /** The stored bytes, exactly as issued. */
    @Transactional(readOnly = true)
    public ReportDocument download(Caller caller, Long id, ReportFormat format) {
        IssuedReport report = visible(caller, id);
        return issued.file(report.getId(), format)
                .map(IssuedReportFile::document)
                .orElseThrow(() -> new NotFoundException("report " + id + " as " + format));
    }

    private IssuedReport visible(Caller caller, Long id) {
        return issued.findById(id)
                .filter(r -> r.getSystemCode() != null
                        ? access.readsSystem(caller, r.getSystemCode())
                        : access.canRead(caller, r.getOrganisationCode()))
                .orElseThrow(() -> new NotFoundException("report " + id));
    }

    private static IssuedReportSummary summary(IssuedReport r, List<String> formats) {
        return new IssuedReportSummary(
                r.getId(),
                r.getOrganisationCode(),
                r.getStandard(),
                r.getPlanId(),
                r.getPeriod(),
                r.getAsOf(),
                r.getTitle(),
                r.getContentSha256(),
                r.getIssuedBy(),
                r.getIssuedAt(),
                formats,
                r.getSystemCode());
    }
}
