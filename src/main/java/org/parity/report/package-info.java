/**
 * Board progress reports: the performance summary, exceptions, approved narrative and trends of one
 * organisation (or, for an integrated care system, its organisations side by side), rendered as JSON,
 * HTML, PDF, XLSX and CSV, and issued reports frozen byte for byte. Depends on indicator, plan,
 * progress, organisation, people and audit; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.parity.report;
