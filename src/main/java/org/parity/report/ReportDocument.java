package org.parity.report;

/** A rendered report: its bytes, media type, a file name, and the SHA-256 of the bytes. */
public record ReportDocument(byte[] bytes, String mediaType, String filename, String sha256) {}
