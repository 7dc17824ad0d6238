package org.parity.progress;

import jakarta.validation.constraints.NotNull;
import org.parity.common.CommentText;

/** A sponsor's decision on what a lead handed in: approve, or return saying what needs to change. */
@ReturnExplained
public record DecisionForm(
        @NotNull(message = "{progress.decision.required}") Decision decision,
        @CommentText(label = "The comment", max = 4000) String comment)
        implements ReturnExplained.Explained {

    @Override
    public boolean returning() {
        return decision == Decision.RETURN;
    }
}
