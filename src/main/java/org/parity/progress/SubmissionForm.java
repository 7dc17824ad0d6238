package org.parity.progress;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.parity.common.CommentText;

/** The comment (and for some kinds a new date, a completion proposal or a verdict) handed in on a task. */
public record SubmissionForm(
        @NotBlank(message = "{progress.comment.required}") @CommentText(label = "The comment", max = 4000)
        String comment,

        LocalDate newDue,
        boolean proposeCompletion,
        Working working) {

    public static SubmissionForm comment(String comment) {
        return new SubmissionForm(comment, null, false, null);
    }
}
