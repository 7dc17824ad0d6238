package org.parity.progress;

import java.time.LocalDate;

/** The comment (and for some kinds a new date, a completion proposal or a verdict) handed in on a task. */
public record SubmissionForm(String comment, LocalDate newDue, boolean proposeCompletion, Working working) {

    public static SubmissionForm comment(String comment) {
        return new SubmissionForm(comment, null, false, null);
    }
}
