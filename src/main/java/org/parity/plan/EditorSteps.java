package org.parity.plan;

import java.util.List;
import java.util.Objects;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.common.ConflictException;
import org.parity.common.NotFoundException;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.springframework.stereotype.Component;

/**
 * The steps every editor takes: find the plan and ask the access policy whether the caller edits it,
 * refuse an edit made against an old version, and audit the change.
 */
@Component
class EditorSteps {

    private final PlanRepository plans;
    private final OrganisationAccess access;
    private final AuditLog audit;

    EditorSteps(PlanRepository plans, OrganisationAccess access, AuditLog audit) {
        this.plans = plans;
        this.access = access;
        this.audit = audit;
    }

    /** 404 when the organisation is not visible to the caller, 403 when they may read but not edit it. */
    void checkEditor(Caller caller, String organisation) {
        access.ediWork(caller, organisation, "edits its plans");
    }

    /** The plan, when the caller edits its organisation's plans: else 404 (unseen) or 403. */
    Plan editablePlan(Caller caller, Long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        if (!access.canRead(caller, plan.getOrganisationCode())) {
            throw new NotFoundException("plan " + planId);
        }
        checkEditor(caller, plan.getOrganisationCode());
        return plan;
    }

    /** Refuses an edit typed against another version than the stored one. */
    static void current(long stored, long typedAgainst) {
        if (stored != typedAgainst) {
            throw new ConflictException("Someone else changed this since the form was opened");
        }
    }

    /** The fields were checked against another plan or action than the one they are applied to. */
    static void sameSubject(Object checkedAgainst, Object appliedTo) {
        if (!Objects.equals(checkedAgainst, appliedTo)) {
            throw new IllegalArgumentException(
                    "the fields were checked against " + checkedAgainst + ", not " + appliedTo);
        }
    }

    /** Adds "what before -> after" to the changes when it changed. */
    static void note(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + before + " -> " + after);
        }
    }

    /** Audits an edit by the caller of something of this organisation. */
    void record(
            Caller caller,
            String organisation,
            String subject,
            Long id,
            String event,
            String before,
            String after,
            String detail) {
        audit.record(Entry.of(caller.username(), organisation, subject, id, event)
                .states(before, after)
                .detail(detail));
    }
}
