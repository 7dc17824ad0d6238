package org.parity.report;

import java.util.Locale;

/** What a piece of evidence about an action is: a milestone's status or a linked indicator's change. */
enum EvidenceKind {
    MILESTONE,
    INDICATOR;

    /** As the report's JSON and pages write it: {@code milestone}, {@code indicator}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
