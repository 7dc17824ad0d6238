package org.parity.workflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parity.common.Numbers;
import org.parity.progress.ProgressUpdate;
import org.parity.workflow.TaskKind;

/**
 * Every field any task form has, as typed (kept as typed when the form comes back with errors).
 * {@link #toJson} turns it into the task's JSON form of API.md, so the gateway validates pages and
 * API calls alike.
 */
public class TaskPageForm {

    private String rag;
    private String percentComplete;
    private String narrative;
    private String evidenceUrl;
    private boolean proposeCompletion;
    private String comment;
    private String decision;
    private String newDue;
    private String working;

    /** A resubmission starts from the returned update, so the lead changes only what the sponsor asked for. */
    static TaskPageForm from(ProgressUpdate returned) {
        TaskPageForm form = new TaskPageForm();
        if (returned != null) {
            form.rag = returned.rag() == null ? null : returned.rag().name();
            form.percentComplete = returned.percentComplete() == null
                    ? null
                    : returned.percentComplete().toString();
            form.narrative = returned.narrative();
            form.evidenceUrl = returned.evidenceUrl();
            form.proposeCompletion = returned.proposeCompletion();
        }
        return form;
    }

    JsonNode toJson(TaskKind kind) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        switch (kind) {
            case PROGRESS_UPDATE -> {
                json.put("rag", rag);
                putPercent(json);
                json.put("narrative", narrative);
                json.put("evidenceUrl", evidenceUrl);
                json.put("proposeCompletion", proposeCompletion);
            }
            case EXTENSION_REQUEST -> {
                json.put("newDue", blank(newDue) ? null : newDue.strip());
                json.put("proposeCompletion", proposeCompletion);
                json.put("comment", comment);
            }
            case IMPACT_EVALUATION -> {
                json.put("working", working);
                json.put("comment", comment);
            }
            default -> {
                if (kind.isDecision()) {
                    json.put("decision", decision);
                }
                json.put("comment", comment);
            }
        }
        return json;
    }

    private void putPercent(ObjectNode json) {
        if (blank(percentComplete)) {
            json.putNull("percentComplete");
            return;
        }
        // digits 0-9 only (Integer.parseInt would take other scripts' digits); anything else goes on as
        // text, which the task form refuses with its message next to the field
        Numbers.whole(percentComplete, Integer.MIN_VALUE, Integer.MAX_VALUE)
                .ifPresentOrElse(
                        n -> json.put("percentComplete", n.intValue()),
                        () -> json.put("percentComplete", percentComplete));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

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
