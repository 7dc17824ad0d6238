package org.parity.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.common.BadInputException;
import org.parity.common.InputViolationsException;
import org.parity.common.RowError;
import org.springframework.stereotype.Component;

/**
 * Reads a task's JSON form (API.md) into a {@link TaskInput} and checks it by its constraints: every
 * problem is a field error of the one form (row 1, a 400), and nothing is changed. Only the kind's fields
 * are read. A value of the wrong JSON type for a text or a flag is refused here, as binding refuses it;
 * anything else (a choice, a number, a date) is handed on as its text and judged by the constraints.
 */
@Component
class TaskJson {

    static final String GIVE_TEXT = "Give text";
    static final String GIVE_FLAG = "Give true or false";

    private final Validator validator;

    TaskJson(Validator validator) {
        this.validator = validator;
    }

    TaskInput read(TaskKind kind, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadInputException(
                    "The form must be a JSON object",
                    List.of(new RowError(1, "body", "Send the task's form as a JSON object")));
        }
        TaskInput input = new TaskInput(kind);
        List<RowError> unreadable = new ArrayList<>();
        for (String field : TaskInput.fieldsOf(kind)) {
            JsonNode node = body.get(field);
            switch (field) {
                case "rag" -> input.setRag(asTyped(node));
                case "decision" -> input.setDecision(asTyped(node));
                case "working" -> input.setWorking(asTyped(node));
                case "newDue" -> input.setNewDue(asTyped(node));
                case "percentComplete" -> input.setPercentComplete(number(node));
                case "narrative" -> input.setNarrative(text(field, node, unreadable));
                case "evidenceUrl" -> input.setEvidenceUrl(text(field, node, unreadable));
                case "comment" -> input.setComment(text(field, node, unreadable));
                case "proposeCompletion" -> input.setProposeCompletion(flag(field, node, unreadable));
                default -> throw new IllegalStateException("no JSON reading for " + field);
            }
        }
        Set<String> named = unreadable.stream().map(RowError::field).collect(Collectors.toSet());
        List<ConstraintViolation<TaskInput>> violations = validator.validate(input).stream()
                .filter(v -> !named.contains(v.getPropertyPath().toString()))
                .toList();
        if (!unreadable.isEmpty() || !violations.isEmpty()) {
            throw new InputViolationsException("The " + kind + " form has errors", unreadable, 1, violations);
        }
        return input;
    }

    /** A choice or date as typed; any other JSON value as its JSON text, which no rule accepts. */
    private static String asTyped(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    /** A JSON number as written; text such as "40" stays quoted, so the number rule refuses it. */
    private static String number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.asText() : node.toString();
    }

    private static String text(String field, JsonNode node, List<RowError> unreadable) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            unreadable.add(new RowError(1, field, GIVE_TEXT));
            return null;
        }
        return node.asText();
    }

    private static boolean flag(String field, JsonNode node, List<RowError> unreadable) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            unreadable.add(new RowError(1, field, GIVE_FLAG));
            return false;
        }
        return node.asBoolean();
    }
}
