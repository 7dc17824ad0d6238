package org.parity.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parity.common.BadInputException;
import org.parity.common.RowError;
import org.parity.common.TextRules;
import org.parity.progress.Decision;
import org.parity.progress.Rag;
import org.parity.progress.UpdateForm;
import org.parity.progress.Working;
import org.parity.workflow.TaskForm.CommentForm;
import org.parity.workflow.TaskForm.DecisionForm;
import org.parity.workflow.TaskForm.ExtensionForm;
import org.parity.workflow.TaskForm.ImpactForm;
import org.parity.workflow.TaskForm.ProgressForm;

/** Reads a task's JSON form for its kind; every problem is a field error (400), and nothing is changed. */
final class TaskForms {

    private static final int MAX_TEXT = 4000;

    private final JsonNode body;
    private final List<RowError> errors = new ArrayList<>();

    private TaskForms(JsonNode body) {
        this.body = body;
    }

    static TaskForm parse(TaskKind kind, JsonNode body, LocalDate today) {
        if (body == null || !body.isObject()) {
            throw new BadInputException(
                    "The form must be a JSON object",
                    List.of(new RowError(1, "body", "Send the task's form as a JSON object")));
        }
        TaskForms f = new TaskForms(body);
        TaskForm form = switch (kind) {
            case SCOPE, OFF_TRACK_RESPONSE, OVERDUE_CHASE -> new CommentForm(f.text("comment", true));
            case LOAD_FIGURES, PREPARE_REPORT, PUBLISH_REPORT -> new CommentForm(f.text("comment", false));
            case SIGN_OFF, REVIEW, RECOVERY_REVIEW, COMPLETION_REVIEW, EXTENSION_REVIEW, REPORT_SIGN_OFF ->
                f.decision();
            case PROGRESS_UPDATE -> f.update();
            case EXTENSION_REQUEST -> f.extension(today);
            case IMPACT_EVALUATION -> new ImpactForm(f.choice("working", Working.class), f.text("comment", true));
        };
        if (!f.errors.isEmpty()) {
            throw new BadInputException("The " + kind + " form has errors", f.errors);
        }
        return form;
    }

    private DecisionForm decision() {
        Decision decision = choice("decision", Decision.class);
        String comment = text("comment", false);
        if (decision == Decision.RETURN && comment == null) {
            error("comment", "A comment is required to return: say what needs to change");
        }
        return new DecisionForm(decision, comment);
    }

    private ProgressForm update() {
        Rag rag = choice("rag", Rag.class);
        Integer percent = percent();
        String narrative = text("narrative", true);
        String evidence = text("evidenceUrl", false);
        if (evidence != null && !isWebAddress(evidence)) {
            error("evidenceUrl", "Give a web address starting with https:// or http://");
        }
        boolean propose = flag("proposeCompletion");
        return new ProgressForm(new UpdateForm(rag, percent == null ? 0 : percent, narrative, evidence, propose));
    }

    private ExtensionForm extension(LocalDate today) {
        boolean propose = flag("proposeCompletion");
        LocalDate newDue = null;
        JsonNode due = body.get("newDue");
        if (due != null && !due.isNull()) {
            try {
                newDue = LocalDate.parse(due.asText());
                if (!newDue.isAfter(today)) {
                    error("newDue", "The new due date must be in the future");
                }
            } catch (DateTimeParseException e) {
                error("newDue", "Give the new due date as YYYY-MM-DD");
            }
        }
        if (propose && newDue != null) {
            error("newDue", "Either ask for a new due date or propose completion, not both");
        } else if (!propose
                && newDue == null
                && errors.stream().noneMatch(e -> e.field().equals("newDue"))) {
            error("newDue", "Give a new due date (YYYY-MM-DD), or set proposeCompletion to true");
        }
        return new ExtensionForm(newDue, propose, text("comment", true));
    }

    private String text(String field, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                error(field, "This is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            error(field, "Give text");
            return null;
        }
        if (node.asText().length() > MAX_TEXT) {
            error(field, "Keep it under " + MAX_TEXT + " characters");
            return null;
        }
        var problem = TextRules.problem(field, node.asText(), MAX_TEXT, !field.equals("evidenceUrl"));
        if (problem.isPresent()) {
            error(field, problem.get());
            return null;
        }
        return node.asText().strip();
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type) {
        JsonNode node = body.get(field);
        String allowed = String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (node == null || node.isNull() || !node.isTextual()) {
            error(field, "Choose one of " + allowed);
            return null;
        }
        try {
            return Enum.valueOf(type, node.asText()); // exactly as listed: "green " or "approve" is not a choice
        } catch (IllegalArgumentException e) {
            error(field, "Choose one of " + allowed);
            return null;
        }
    }

    private Integer percent() {
        JsonNode node = body.get("percentComplete");
        if (node == null || !node.isIntegralNumber() || node.asInt() < 0 || node.asInt() > 100) {
            error("percentComplete", "Give a whole number from 0 to 100");
            return null;
        }
        return node.asInt();
    }

    private boolean flag(String field) {
        JsonNode node = body.get(field);
        if (node != null && !node.isNull() && !node.isBoolean()) {
            error(field, "Give true or false");
            return false;
        }
        return node != null && node.asBoolean(false);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private void error(String field, String message) {
        errors.add(new RowError(1, field, message));
    }
}
