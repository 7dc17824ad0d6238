package org.parity.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.spi.group.DefaultGroupSequenceProvider;
import org.parity.common.CommentText;
import org.parity.common.EvidenceLink;
import org.parity.common.Numbers;
import org.parity.progress.Decision;
import org.parity.progress.DecisionForm;
import org.parity.progress.Rag;
import org.parity.progress.ReturnExplained;
import org.parity.progress.SubmissionForm;
import org.parity.progress.UpdateForm;
import org.parity.progress.Working;
import org.parity.workflow.validation.DateOrCompletion;
import org.parity.workflow.validation.ExactChoice;
import org.parity.workflow.validation.FutureDay;
import org.parity.workflow.validation.WholeNumberText;

/**
 * What someone hands in on a task (API.md's task forms), every field as typed: the task page binds it,
 * the API reads its JSON into it, and the same constraints check both. Which fields a task needs
 * depends on its kind: each kind's constraints form a group ({@link Commenting}, {@link Deciding}, ...),
 * and {@link Steps} validates the kind's group only. The kind comes from the task, never from the request.
 */
@org.hibernate.validator.group.GroupSequenceProvider(TaskInput.Steps.class)
@ReturnExplained(groups = TaskInput.Deciding.class, message = "{task.validation.comment.toReturn}")
@DateOrCompletion(groups = TaskInput.Extending.class)
public class TaskInput implements ReturnExplained.Explained {

    private static final int MAX_TEXT = 4000;

    /** Scope, recovery plan, chase: a comment is required. */
    public interface Commenting {}

    /** The reporting cycle's steps: a comment may be added. */
    public interface Noting {}

    /** A sponsor's approve-or-return: a return needs a comment. */
    public interface Deciding {}

    /** A progress update. */
    public interface Updating {}

    /** An extension request: a new due date or a completion proposal. */
    public interface Extending {}

    /** An impact evaluation. */
    public interface Evaluating {}

    @NotNull
    private final TaskKind kind;

    @ExactChoice(of = Rag.class, groups = Updating.class, message = "{task.validation.rag}")
    private String rag;

    @WholeNumberText(min = 0, max = 100, groups = Updating.class, message = "{task.validation.percentComplete}")
    private String percentComplete;

    @NotBlank(groups = Updating.class, message = "{task.validation.required}")
    @CommentText(label = "The narrative", max = MAX_TEXT, groups = Updating.class)
    private String narrative;

    @EvidenceLink(max = MAX_TEXT, groups = Updating.class)
    private String evidenceUrl;

    private boolean proposeCompletion;

    @NotBlank(
            groups = {Commenting.class, Extending.class, Evaluating.class},
            message = "{task.validation.required}")
    @CommentText(
            label = "The comment",
            max = MAX_TEXT,
            groups = {Commenting.class, Noting.class, Deciding.class, Extending.class, Evaluating.class})
    private String comment;

    @ExactChoice(of = Decision.class, groups = Deciding.class, message = "{task.validation.decision}")
    private String decision;

    @FutureDay(groups = Extending.class)
    private String newDue;

    @ExactChoice(of = Working.class, groups = Evaluating.class, message = "{task.validation.working}")
    private String working;

    public TaskInput(TaskKind kind) {
        this.kind = kind;
    }

    public TaskKind kind() {
        return kind;
    }

    /** The group of constraints a kind's form is checked by. */
    static Class<?> groupOf(TaskKind kind) {
        return switch (kind) {
            case SCOPE, OFF_TRACK_RESPONSE, OVERDUE_CHASE -> Commenting.class;
            case LOAD_FIGURES, PREPARE_REPORT, PUBLISH_REPORT -> Noting.class;
            case SIGN_OFF, REVIEW, RECOVERY_REVIEW, COMPLETION_REVIEW, EXTENSION_REVIEW, REPORT_SIGN_OFF ->
                Deciding.class;
            case PROGRESS_UPDATE -> Updating.class;
            case EXTENSION_REQUEST -> Extending.class;
            case IMPACT_EVALUATION -> Evaluating.class;
        };
    }

    /** The fields a kind's form has (the API reads these of its JSON and ignores the rest, as before). */
    static Set<String> fieldsOf(TaskKind kind) {
        Class<?> group = groupOf(kind);
        if (group == Updating.class) {
            return Set.of("rag", "percentComplete", "narrative", "evidenceUrl", "proposeCompletion");
        }
        if (group == Extending.class) {
            return Set.of("newDue", "proposeCompletion", "comment");
        }
        if (group == Evaluating.class) {
            return Set.of("working", "comment");
        }
        return group == Deciding.class ? Set.of("decision", "comment") : Set.of("comment");
    }

    /** Validates an input by its own kind's group (after the object's own default constraints). */
    public static class Steps implements DefaultGroupSequenceProvider<TaskInput> {
        @Override
        public List<Class<?>> getValidationGroups(TaskInput input) {
            List<Class<?>> groups = new ArrayList<>(List.of(TaskInput.class));
            if (input != null && input.kind != null) {
                groups.add(groupOf(input.kind));
            }
            return groups;
        }
    }

    // What the steps hand on once the input is valid (a valid input always converts).

    UpdateForm update() {
        return new UpdateForm(
                Rag.valueOf(rag),
                Numbers.whole(percentComplete, 0, 100).orElseThrow().intValue(),
                strip(narrative),
                strip(evidenceUrl),
                proposeCompletion);
    }

    /** A comment, with the new date and proposal of an extension request or the verdict of an evaluation. */
    SubmissionForm submission() {
        return switch (kind) {
            case EXTENSION_REQUEST ->
                new SubmissionForm(
                        strip(comment), FutureDay.Validator.parse(newDue).orElse(null), proposeCompletion, null);
            case IMPACT_EVALUATION -> new SubmissionForm(strip(comment), null, false, Working.valueOf(working));
            default -> SubmissionForm.comment(strip(comment));
        };
    }

    DecisionForm decided() {
        return new DecisionForm(Decision.valueOf(decision), strip(comment));
    }

    String note() {
        return strip(comment);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // Bean properties for binding and the page.

    public String getRag() {
        return rag;
    }

    public void setRag(String rag) {
        this.rag = rag;
    }

    public String getPercentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(String percentComplete) {
        this.percentComplete = percentComplete;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }

    public boolean isProposeCompletion() {
        return proposeCompletion;
    }

    public void setProposeCompletion(boolean proposeCompletion) {
        this.proposeCompletion = proposeCompletion;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    @Override
    public boolean returning() {
        return Decision.RETURN.name().equals(decision);
    }

    @Override
    public String comment() {
        return comment;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getNewDue() {
        return newDue;
    }

    public void setNewDue(String newDue) {
        this.newDue = newDue;
    }

    public String getWorking() {
        return working;
    }

    public void setWorking(String working) {
        this.working = working;
    }
}
