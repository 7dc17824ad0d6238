package org.parity.workflow;

import java.time.LocalDate;
import org.parity.progress.Decision;
import org.parity.progress.UpdateForm;
import org.parity.progress.Working;

/** The JSON forms of API.md, one per group of task kinds, once parsed and validated. */
sealed interface TaskForm {

    String comment();

    record CommentForm(String comment) implements TaskForm {}

    record DecisionForm(Decision decision, String comment) implements TaskForm {}

    record ProgressForm(UpdateForm update) implements TaskForm {
        public String comment() {
            return update.narrative();
        }
    }

    record ExtensionForm(LocalDate newDue, boolean proposeCompletion, String comment) implements TaskForm {}

    record ImpactForm(Working working, String comment) implements TaskForm {}
}
