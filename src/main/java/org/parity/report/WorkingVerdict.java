package org.parity.report;

import java.util.List;

/** The answer to "is it working?" for an action, from its evidence; written as {@link #code()}. */
enum WorkingVerdict {
    YES("yes"),
    PARTLY("partly"),
    NO("no"),
    NO_EVIDENCE("no-evidence");

    private final String code;

    WorkingVerdict(String code) {
        this.code = code;
    }

    /** As the report's JSON, pages and files write it. */
    String code() {
        return code;
    }

    /** Yes when all evidence is good, no when all is bad, partly when mixed; "same" counts neither way. */
    static WorkingVerdict from(List<ChangeRating> outcomes) {
        long good = outcomes.stream().filter(o -> o == ChangeRating.BETTER).count();
        long bad = outcomes.stream().filter(o -> o == ChangeRating.WORSE).count();
        if (good == 0 && bad == 0) {
            return NO_EVIDENCE;
        }
        return bad == 0 ? YES : good == 0 ? NO : PARTLY;
    }
}
