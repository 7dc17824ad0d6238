package org.parity.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued report as listed: what it covers (an organisation, or for a system comparison the system),  who issued
 * it, its content hash and its formats.
 */
public record IssuedReportSummary(
        Long id,
        String organisation,
        String standard,
        Long planId,
        String period,
        LocalDate asOf,
        String title,
        String contentSha256,
        String issuedBy,
        Instant issuedAt,
        List<String> formats,
        String system) {}
