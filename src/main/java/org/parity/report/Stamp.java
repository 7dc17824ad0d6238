package org.parity.report;

import java.time.Instant;

/**
 * What an issued report prints about itself: its number, who issued it and when, and the SHA-256 of
 * its content (the report's canonical JSON), identical on every format. Null for a live report.
 */
public record Stamp(Long id, String issuedBy, Instant issuedAt, String contentHash) {}
