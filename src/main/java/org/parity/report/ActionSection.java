package org.parity.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanSnapshots.ActionFact;
import org.parity.progress.Rag;
import org.parity.report.BoardReport.ActionRow;
import org.parity.report.BoardReport.Counts;

/** The report's actions: where each stands and whether it is working, and how many there are by status and RAG. */
final class ActionSection {

    /** The RAG count of actions that have never been rated. */
    static final String NO_RAG = "NONE";

    private final ActionDeadlines deadlines;
    private final ActionEvidence evidence;

    ActionSection(ActionDeadlines deadlines, ActionEvidence evidence) {
        this.deadlines = deadlines;
        this.evidence = evidence;
    }

    /** {@code planTitles} and {@code lastSubmitted} (an action's latest progress update) by id. */
    List<ActionRow> rows(List<ActionFact> actions, Map<Long, String> planTitles, Map<Long, Instant> lastSubmitted) {
        return actions.stream()
                .map(a -> row(a, planTitles.get(a.planId()), lastSubmitted.get(a.id())))
                .toList();
    }

    private ActionRow row(ActionFact a, String planTitle, Instant lastSubmitted) {
        ActionEvidence.Assessment assessment = evidence.assess(a);
        return new ActionRow(
                a.id(),
                a.planId(),
                planTitle,
                a.title(),
                lead(a),
                sponsor(a),
                a.status().name(),
                a.rag() == null ? null : a.rag().name(),
                a.percentComplete(),
                a.start(),
                a.due(),
                deadlines.pastDue(a),
                deadlines.updateOverdue(a, lastSubmitted),
                assessment.verdict().code(),
                assessment.evidence());
    }

    /** Every status and RAG is counted, zeros included, in their own order; unrated actions last. */
    static Counts counts(List<ActionFact> actions) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (ActionStatus s : ActionStatus.values()) {
            byStatus.put(s.name(), 0);
        }
        Map<String, Integer> byRag = new LinkedHashMap<>();
        for (Rag r : Rag.values()) {
            byRag.put(r.name(), 0);
        }
        byRag.put(NO_RAG, 0);
        for (ActionFact a : actions) {
            byStatus.merge(a.status().name(), 1, Integer::sum);
            byRag.merge(a.rag() == null ? NO_RAG : a.rag().name(), 1, Integer::sum);
        }
        return new Counts(actions.size(), byStatus, byRag);
    }

    static String lead(ActionFact a) {
        return person(a.leadRole(), a.leadUsername());
    }

    static String sponsor(ActionFact a) {
        return person(a.sponsorRole(), a.sponsorUsername());
    }

    /** "Head of EDI (lead@kmpt)": the role, and who holds it when known. */
    private static String person(String role, String username) {
        if (role == null || role.isBlank()) {
            return username;
        }
        return username == null ? role : role + " (" + username + ")";
    }
}
