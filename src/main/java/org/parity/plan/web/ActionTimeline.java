package org.parity.plan.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parity.audit.AuditEvent;
import org.parity.audit.AuditLog;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.progress.Decision;
import org.parity.progress.ProgressService;
import org.parity.progress.ProgressUpdate;
import org.parity.progress.Rag;
import org.parity.progress.Review;
import org.parity.progress.Submission;
import org.parity.progress.UpdateStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An action's timeline, newest first: progress updates, what was handed in on tasks, sponsor
 * decisions, and the audit trail's other events (status changes, RAG reported, off track, withdrawn).
 * Only the action's lead and sponsor and its organisation's EDI team see what is still waiting or was
 * returned; everyone who can read the action sees what was approved and the audit events.
 */
@Component
class ActionTimeline {

    /** Audit events already shown as an update, a submission or a decision. */
    private static final Set<String> SHOWN_ELSEWHERE_SUFFIXES = Set.of("_SUBMITTED", "_DECIDED");

    private final ProgressService progress;
    private final AuditLog audit;
    private final MessageSource messages;

    ActionTimeline(ProgressService progress, AuditLog audit, MessageSource messages) {
        this.progress = progress;
        this.audit = audit;
        this.messages = messages;
    }

    static boolean isInsider(Caller caller, ActionDetail action) {
        return caller.belongsTo(action.organisation())
                && (caller.has(Role.EDI)
                        || caller.username().equals(action.lead())
                        || caller.username().equals(action.sponsor()));
    }

    List<Entry> of(ActionDetail action, Caller caller) {
        boolean insider = isInsider(caller, action);
        List<Entry> entries = new ArrayList<>();
        for (ProgressUpdate u : progress.allFor(action.id())) {
            if (insider || u.status() == UpdateStatus.APPROVED) {
                boolean published = u.sourceDocument() != null;
                entries.add(new Entry(
                        u.submittedAt(),
                        published ? null : u.author(),
                        published ? "timeline.published" : "timeline.update",
                        published ? null : "timeline.status." + u.status(),
                        u.rag(),
                        u.percentComplete(),
                        u.narrative(),
                        u.evidenceUrl(),
                        published ? u.sourceDocument() : null,
                        u.proposeCompletion()));
            }
        }
        for (Submission s : progress.submissionsOf(action.id())) {
            if (insider || s.status() == UpdateStatus.APPROVED) {
                entries.add(new Entry(
                        s.submittedAt(),
                        s.author(),
                        "timeline.submission." + s.kind(),
                        s.kind().needsDecision() ? "timeline.status." + s.status() : null,
                        null,
                        null,
                        s.comment(),
                        null,
                        s.newDue() == null ? null : s.newDue().toString(),
                        s.proposeCompletion()));
            }
        }
        for (Review r : progress.reviewsOf(action.id())) {
            if (insider || r.decision() == Decision.APPROVE) {
                entries.add(new Entry(
                        r.decidedAt(),
                        r.decidedBy(),
                        "timeline.review." + r.kind(),
                        "timeline.decision." + r.decision(),
                        null,
                        null,
                        r.comment(),
                        null,
                        null,
                        false));
            }
        }
        for (AuditEvent e : audit.forSubject("ACTION", String.valueOf(action.id()))) {
            if (SHOWN_ELSEWHERE_SUFFIXES.stream().noneMatch(e.eventType()::endsWith)) {
                String states = e.fromState() == null && e.toState() == null
                        ? null
                        : label(e.fromState()) + " → " + label(e.toState());
                entries.add(new Entry(
                        e.occurredAt(),
                        e.actor(),
                        "timeline.event." + e.eventType(),
                        null,
                        null,
                        null,
                        e.comment(),
                        null,
                        states,
                        false));
            }
        }
        entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    /** A state as people read it ("Draft" for DRAFT); a state with no words of its own as it is. */
    private String label(String state) {
        return state == null
                ? ""
                : messages.getMessage("status." + state, null, state, LocaleContextHolder.getLocale());
    }

    /**
     * One line of the timeline: when, who, what (a message key), its status (a message key, or null),
     * and what was said; note is a date, a document or the change of state.
     */
    record Entry(
            Instant at,
            String actor,
            String what,
            String status,
            Rag rag,
            Integer percentComplete,
            String text,
            String link,
            String note,
            boolean completionProposed) {}
}
