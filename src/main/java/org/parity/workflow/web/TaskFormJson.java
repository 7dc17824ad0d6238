package org.parity.workflow.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/tasks/{id}} as the API's contract describes it: the fields of every kind's form
 * (each kind reads its own and ignores the rest). The gateway reads the JSON itself, by the task's kind.
 */
@Schema(
        name = "TaskForm",
        description = "The form of the task's kind: SCOPE, OFF_TRACK_RESPONSE, OVERDUE_CHASE {comment}; LOAD_FIGURES,"
                + " PREPARE_REPORT, PUBLISH_REPORT {comment} (optional); SIGN_OFF, REVIEW, RECOVERY_REVIEW,"
                + " COMPLETION_REVIEW, EXTENSION_REVIEW, REPORT_SIGN_OFF {decision, comment} (comment required to"
                + " RETURN); PROGRESS_UPDATE {rag, percentComplete, narrative, evidenceUrl, proposeCompletion};"
                + " EXTENSION_REQUEST {newDue, comment} or {proposeCompletion: true, comment}; IMPACT_EVALUATION"
                + " {working, comment}.")
record TaskFormJson(
        @Schema(description = "A comment, recovery plan or chase note (up to 4,000 characters)")
        String comment,

        @Schema(
                description = "A sponsor's decision",
                allowableValues = {"APPROVE", "RETURN"})
        String decision,

        @Schema(
                description = "Progress update: RAG status",
                allowableValues = {"GREEN", "AMBER", "RED"})
        String rag,

        @Schema(description = "Progress update: per cent complete", minimum = "0", maximum = "100")
        Integer percentComplete,

        @Schema(description = "Progress update: what was done (required)")
        String narrative,

        @Schema(description = "Progress update: a link to the evidence (http or https)", format = "uri")
        String evidenceUrl,

        @Schema(description = "Progress update or extension request: propose that the action is complete")
        Boolean proposeCompletion,

        @Schema(description = "Extension request: the new due date, YYYY-MM-DD, in the future", format = "date")
        String newDue,

        @Schema(
                description = "Impact evaluation: is the action working?",
                allowableValues = {"YES", "PARTLY", "NO"})
        String working) {}
